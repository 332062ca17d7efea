package dev.saakh.server.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanFiles;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.ConsentGate;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real engine output for memo tests, made in-process the way the server makes it (generator, clean,
 * consent scope, analysis, underwriting under the default policy): simulated customers only.
 */
final class TestingMemo {
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
  static final Clock CLOCK =
      Clock.fixed(AS_OF.atTime(12, 0).atZone(Underwriting.IST).toInstant(), Underwriting.IST);
  static final GeneratorConfig CONFIG = GeneratorConfig.defaults(AS_OF).withSeed(42);
  private static final Map<String, Engine> BY_OUTCOME = new ConcurrentHashMap<>();

  private TestingMemo() {}

  /** One customer run through the engine: its reports, decision record and clean transactions. */
  record Engine(
      String customerId,
      Map<String, JsonNode> reports,
      JsonNode decision,
      List<JsonNode> transactions) {
    CreditMemo memo() {
      return CreditMemo.of(reports, decision, transactions, null);
    }

    String outcome() {
      return decision.path("decision").path("outcome").asText("STOPPED");
    }
  }

  static Engine run(String customerId, Decider.Request request) {
    Map<Dataset, List<RawLine>> raw =
        CustomerFiles.render(
                new Generator(CONFIG).model(CustomerId.parse(customerId)), CONFIG, false)
            .rawLines();
    CustomerData all = CustomerData.of(Cleaner.withDefaults().clean(customerId, raw));
    ConsentGate.Verdict v = ConsentGate.usable(all.consents(), CLOCK.instant());
    Map<String, JsonNode> reports = new LinkedHashMap<>();
    List<JsonNode> txns = new ArrayList<>();
    if (v.consent() != null) {
      CustomerData scoped = v.scope().apply(all).data();
      Analysis.run(scoped, v.consent())
          .forEach((k, r) -> reports.put(k, LakeJson.mapper().valueToTree(r)));
      for (Record r : scoped.records(Dataset.TRANSACTIONS)) {
        txns.add(tree(CleanFiles.line(r)));
      }
    }
    Underwriting.Result result =
        new Underwriting(PolicyFile.defaults(), CLOCK)
            .run(
                customerId,
                raw,
                request,
                DecisionRecord.DataRef.simulated(CONFIG.seed(), CONFIG.asOf()));
    JsonNode decision =
        result instanceof Underwriting.Decided d
            ? LakeJson.mapper().valueToTree(d.record())
            : LakeJson.mapper().valueToTree(result);
    return new Engine(customerId, reports, decision, txns);
  }

  /** The first MSME (by number) the engine decides {@code outcome} for, at the default request. */
  static Engine firstWith(String outcome) {
    return first(outcome, e -> e.outcome().equals(outcome));
  }

  /** The first MSME rejected with GST fraud indicators and statement anomalies in its reports. */
  static Engine fraud() {
    return first(
        "fraud",
        e ->
            e.outcome().equals("REJECT")
                && e.reports().get("gst_summary").path("fraud").path("flagged").size() > 0
                && e.reports().get("anomalies_report").path("anomalies").size() > 1);
  }

  private static Engine first(String what, java.util.function.Predicate<Engine> wanted) {
    return BY_OUTCOME.computeIfAbsent(
        what,
        o -> {
          for (int i = 1; i <= 30; i++) {
            Engine e =
                run(
                    String.format(java.util.Locale.ROOT, "CUST_MSM_%05d", i),
                    Decider.Request.DEFAULT);
            if (!e.transactions().isEmpty() && wanted.test(e)) {
              return e;
            }
          }
          throw new AssertionError("no MSME of the first 30 is " + o);
        });
  }

  static JsonNode tree(String json) {
    try {
      return LakeJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
