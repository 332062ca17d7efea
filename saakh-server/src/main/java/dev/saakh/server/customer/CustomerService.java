package dev.saakh.server.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanLog;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.ConsentGate;
import dev.saakh.core.pipeline.ConsentScope;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.pipeline.ScopedData;
import dev.saakh.core.pipeline.StoredClean;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.score.Observations;
import dev.saakh.core.score.Scoring;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.CustomerStore;
import dev.saakh.server.store.DecisionStore;
import dev.saakh.server.store.FiSessionStore;
import dev.saakh.server.store.PolicyStore;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The one way to a customer's data, for the REST API, the seed's API and the console alike: every
 * call names one customer, passes the consent gate (core's {@link ConsentGate} and {@link
 * ConsentScope}: ACTIVE, current, purpose 103, the dataset's FI type, the FI data range) and is
 * audited, whether it is served or refused.
 */
@Service
public class CustomerService {
  /** The analysis reports served by name, in DESIGN §6's order, then the score. */
  public static final List<String> REPORTS =
      List.of(
          "transaction_summary",
          "gst_summary",
          "credit_summary",
          "mutual_funds_summary",
          "insurance_summary",
          "ocen_summary",
          "ondc_summary",
          "earnings_spendings",
          "overall_summary",
          "anomalies_report");

  /** Stored beside the reports: the risk score and what the consent's scope left out. */
  public static final String SCORE = "risk_score";

  public static final String SCOPE = "consent_scope";

  private final CustomerStore store;
  private final DecisionStore decisions;
  private final PolicyStore policies;
  private final AuditLog audit;
  private final Clock clock;
  private final ConsentSource consentSource;
  private final FiSessionStore sessions;
  private final CustomerLocks locks = new CustomerLocks(64);
  private final ThreadLocal<Cleaner> cleaners = ThreadLocal.withInitial(Cleaner::withDefaults);

  public CustomerService(
      CustomerStore store,
      DecisionStore decisions,
      PolicyStore policies,
      AuditLog audit,
      ConsentStore aaConsents,
      FiSessionStore sessions,
      Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.consentSource = new ConsentSource(store, aaConsents, cleaners);
    this.decisions = decisions;
    this.policies = policies;
    this.audit = audit;
    this.clock = clock;
  }

  /** The customer, its usable consent and what that consent covers. */
  public record Access(
      CustomerStore.Customer customer, ConsentArtefact consent, ConsentScope scope) {
    /** An audit entry for {@code action} on this customer under this consent and its purpose. */
    AuditEntry entry(Caller who, String action) {
      return AuditEntry.of(who, customer.customerId(), action)
          .consent(consent.consentId(), consent.purposeCode());
    }
  }

  /** A page of one dataset's records, with what the consent kept back. */
  public record DataPage(
      String customerId,
      String dataset,
      String type,
      String consentId,
      LocalDate fiDataFrom,
      LocalDate fiDataTo,
      int offset,
      int limit,
      long total,
      long withheld,
      String withheldWhy,
      List<JsonNode> records) {}

  /**
   * The customer id as given, checked: a request without one is refused (400), so no route can read
   * many customers at once.
   */
  public static String requireId(String customerId) {
    if (customerId == null || customerId.isBlank()) {
      throw ApiException.badRequest(
          "customer-id-required",
          "every data or analytics request names one customer (customer_id); bulk reads are"
              + " refused",
          "customer_id");
    }
    String id = customerId.trim();
    try {
      CustomerId.parse(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("bad-customer-id", e.getMessage(), "customer_id");
    }
    return id;
  }

  /**
   * Opens a customer for {@code action}: refuses (and audits) an unknown customer or one without a
   * usable consent.
   */
  public Access open(Caller who, String customerId, String action) {
    String id = requireId(customerId);
    AuditEntry entry = AuditEntry.of(who, id, action);
    CustomerStore.Customer c =
        store
            .find(id)
            .orElseThrow(
                () -> {
                  audit.record(entry.denied("no such customer"));
                  return ApiException.notFound(
                      "no-such-customer", "customer " + id + " is not held by this server");
                });
    ConsentGate.Verdict v = ConsentGate.usable(consentSource.of(id, c), clock.instant());
    if (v.consent() == null) {
      audit.record(entry.denied(v.refusal()));
      throw ApiException.forbidden(
          "no-consent", "no usable consent for " + id + ": " + v.refusal());
    }
    return new Access(c, v.consent(), v.scope());
  }

  /**
   * One page of a dataset ({@code raw}, {@code clean} or {@code quarantine}) inside the consent:
   * refused (403) when the dataset or the asked date range is outside it; records outside it are
   * never read out, only counted.
   */
  public DataPage data(
      Caller who,
      String customerId,
      Dataset dataset,
      String type,
      LocalDate from,
      LocalDate to,
      int offset,
      int limit) {
    String action = "data.read " + type + " " + dataset.fileName();
    Access a = open(who, customerId, action);
    AuditEntry entry = a.entry(who, action);
    LocalDate f = from == null ? a.consent().fiDataFrom() : from;
    LocalDate t = to == null ? a.consent().fiDataTo() : to;
    if (t.isBefore(f)) {
      throw ApiException.badRequest("bad-range", "'to' " + t + " is before 'from' " + f, "to");
    }
    String refusal = a.scope().check(dataset, f, t);
    if (refusal != null) {
      audit.record(entry.denied(refusal));
      throw ApiException.forbidden("outside-consent", refusal);
    }
    String id = a.customer().customerId();
    if (!List.of("raw", "clean", "quarantine").contains(type)) {
      throw ApiException.badRequest(
          "bad-type", "type must be raw, clean or quarantine, was '" + type + "'", "type");
    }
    if (type.equals("quarantine") && a.customer().cleanedAt() == null) {
      throw ApiException.conflict("not-cleaned", id + " has not been cleaned yet");
    }
    Selection.Picked picked =
        new Selection(store, cleaners.get()).pick(a.customer(), a.consent(), dataset, type, f, t);
    List<JsonNode> all = picked.records();
    int end = (int) Math.min(all.size(), (long) offset + limit);
    List<JsonNode> page = offset >= all.size() ? List.of() : all.subList(offset, end);
    audit.record(entry.detail(page.size() + " of " + all.size() + " records"));
    return new DataPage(
        id,
        dataset.fileName(),
        type,
        a.consent().consentId(),
        f,
        t,
        offset,
        limit,
        all.size(),
        picked.withheld(),
        picked.why(),
        page);
  }

  /** The outcome of a clean: counts per dataset and the clean log. */
  public record CleanOutcome(String customerId, String cleanSha256, JsonNode log) {}

  /** Cleans the customer's raw lines and stores the result (one transaction). */
  public CleanOutcome clean(Caller who, String customerId) {
    return locks.with(customerId, () -> cleanNow(who, customerId));
  }

  private CleanOutcome cleanNow(Caller who, String customerId) {
    Access a = open(who, customerId, "pipeline.clean");
    String id = a.customer().customerId();
    Map<Dataset, List<RawLine>> raw = store.raw(id);
    if (a.customer().cleanedAt() != null && raw.values().stream().allMatch(List::isEmpty)) {
      // retention deleted the raw lines after cleaning: cleaning nothing would wipe the clean data
      audit.record(a.entry(who, "pipeline.clean").detail("raw data deleted after cleaning; kept"));
      return new CleanOutcome(
          id, a.customer().cleanSha256(), tree(store.cleanLog(id).orElse("{}")));
    }
    CleanResult result = cleaners.get().clean(id, raw);
    var log = CleanLog.of(result);
    String hash = store.storeClean(result, log);
    audit.record(a.entry(who, "pipeline.clean"));
    return new CleanOutcome(id, hash, log);
  }

  /**
   * Analyses what the consent covers of the customer's clean data; stores and returns the reports.
   */
  public Map<String, JsonNode> analyze(Caller who, String customerId) {
    return locks.with(customerId, () -> analyzeNow(who, customerId));
  }

  private Map<String, JsonNode> analyzeNow(Caller who, String customerId) {
    Access a = open(who, customerId, "pipeline.analyze");
    String id = a.customer().customerId();
    StoredClean stored =
        store
            .storedClean(id)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "not-cleaned", id + " has not been cleaned yet (clean it first)"));
    ScopedData scoped = a.scope().apply(stored.data());
    Map<String, Object> reports = Analysis.run(scoped.data(), a.consent());
    Segment segment = segment(id, scoped.data());
    Observations obs =
        Observations.of(reports, LocalDate.ofInstant(clock.instant(), Underwriting.IST));
    Map<String, Object> all = new LinkedHashMap<>(reports);
    all.put(SCORE, Scoring.score(segment, obs));
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("consent_id", a.consent().consentId());
    scope.put("fi_types", a.consent().fiTypes());
    scope.put("fi_data_from", a.consent().fiDataFrom());
    scope.put("fi_data_to", a.consent().fiDataTo());
    scope.put("excluded", scoped.excluded());
    all.put(SCOPE, scope);
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    all.forEach(
        (name, value) -> {
          JsonNode tree = LakeJson.mapper().valueToTree(value);
          trees.put(name, tree);
          texts.put(name, pretty(tree));
        });
    store.storeAnalysis(id, texts);
    audit.record(a.entry(who, "pipeline.analyze"));
    return trees;
  }

  /** One stored report (or the score), read under the consent gate. */
  public JsonNode report(Caller who, String customerId, String name) {
    return tree(reportText(who, customerId, name));
  }

  /** One stored report's JSON text, exactly as stored (nothing parsed or re-written). */
  public String reportText(Caller who, String customerId, String name) {
    String action = "report.read " + name;
    if (!REPORTS.contains(name) && !SCORE.equals(name) && !SCOPE.equals(name)) {
      throw ApiException.notFound(
          "no-such-report", "no report '" + name + "'; reports are " + REPORTS + " and " + SCORE);
    }
    Access a = open(who, customerId, action);
    String id = a.customer().customerId();
    AuditEntry entry = a.entry(who, action);
    String body =
        store
            .report(id, name)
            .orElseThrow(
                () -> {
                  audit.record(entry.failed("not analysed yet"));
                  return ApiException.conflict(
                      "not-analysed", id + " has not been analysed yet (run the analysis first)");
                });
    audit.record(entry);
    return body;
  }

  /** Every stored report of the customer. */
  public Map<String, JsonNode> reports(Caller who, String customerId) {
    Access a = open(who, customerId, "report.read all");
    String id = a.customer().customerId();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    store.reports(id).forEach((k, v) -> out.put(k, tree(v)));
    if (out.isEmpty()) {
      throw ApiException.conflict(
          "not-analysed", id + " has not been analysed yet (run the analysis first)");
    }
    audit.record(a.entry(who, "report.read all"));
    return out;
  }

  /** A decision made and stored: its id, outcome and the record's bytes. */
  public record Decided(String decisionId, String outcome, boolean stored, byte[] body) {}

  /** Decides on the customer's stored clean data under the policy in force, and stores it. */
  public Decided decide(Caller who, String customerId, Decider.Request request) {
    return locks.with(customerId, () -> decideNow(who, customerId, request));
  }

  private Decided decideNow(Caller who, String customerId, Decider.Request request) {
    Access a = open(who, customerId, "decision.create");
    String id = a.customer().customerId();
    StoredClean stored =
        store
            .storedClean(id)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "not-cleaned", id + " has not been cleaned yet (clean it first)"));
    CustomerStore.Customer c = a.customer();
    DecisionRecord.DataRef ref =
        switch (c.source()) {
          case SIMULATED -> DecisionRecord.DataRef.simulated(c.generatorSeed(), c.generatedAsOf());
          case AA -> DecisionRecord.DataRef.fetched(sessions.heldData(id));
          default -> DecisionRecord.DataRef.lake(c.source(), List.of());
        };
    Underwriting uw = new Underwriting(policies.active().policy(), clock);
    Underwriting.Result r = uw.run(stored, request, ref);
    String decisionId;
    String outcome;
    OffsetDateTime at;
    byte[] body;
    if (r instanceof Underwriting.Decided d) {
      DecisionRecord rec = d.record();
      decisionId = rec.decisionId();
      outcome = rec.decision().outcome().name();
      at = rec.decidedAt();
      body = bytes(rec);
    } else {
      Underwriting.Stopped s = (Underwriting.Stopped) r;
      Map<String, Object> stop = new LinkedHashMap<>();
      stop.put("customer_id", id);
      stop.put("stopped_at", s.at());
      stop.put("reason", s.reason());
      stop.put("note", "no current decision: the customer's data may not be used (see reason)");
      body = bytes(stop);
      decisionId =
          UUID.nameUUIDFromBytes(
                  (id + '|' + s.reason() + '|' + s.at()).getBytes(StandardCharsets.UTF_8))
              .toString();
      outcome = "STOPPED";
      at = s.at();
    }
    boolean fresh = decisions.store(decisionId, id, at, outcome, body, who.name());
    audit.record(
        a.entry(who, "decision.create")
            .detail(outcome + " " + decisionId + (fresh ? "" : " (replay: already stored)")));
    return new Decided(decisionId, outcome, fresh, body);
  }

  /** The customer's decision history (newest first), under the gate. */
  public List<DecisionStore.Entry> decisions(Caller who, String customerId) {
    Access a = open(who, customerId, "decision.list");
    audit.record(a.entry(who, "decision.list"));
    return decisions.history(a.customer().customerId());
  }

  /** One stored decision's bytes, exactly as stored, under the gate. */
  public byte[] decision(Caller who, String customerId, String decisionId) {
    String action = "decision.read " + decisionId;
    Access a = open(who, customerId, action);
    String id = a.customer().customerId();
    AuditEntry entry = a.entry(who, action);
    byte[] body =
        decisions
            .body(id, decisionId)
            .orElseThrow(
                () -> {
                  audit.record(entry.failed("no such decision"));
                  return ApiException.notFound(
                      "no-such-decision", "no decision " + decisionId + " for " + id);
                });
    audit.record(entry);
    return body;
  }

  /**
   * Generates the customer's data with the simulated FIPs (the generator; never a real customer)
   * and stores it as raw lines, replacing what was held.
   */
  public CustomerStore.Customer simulateFetch(
      Caller who, String customerId, GeneratorConfig config) {
    return simulate(who, customerId, config).customer();
  }

  /** A simulated fetch: the customer as now held, and how many raw records each dataset got. */
  public record Fetched(CustomerStore.Customer customer, Map<String, Integer> records) {}

  /** {@link #simulateFetch}, also counting the raw records stored per dataset (counts only). */
  public Fetched simulate(Caller who, String customerId, GeneratorConfig config) {
    return locks.with(customerId, () -> simulateNow(who, customerId, config));
  }

  private Fetched simulateNow(Caller who, String customerId, GeneratorConfig config) {
    String id = requireId(customerId);
    store
        .find(id)
        .filter(held -> held.source() != DataSource.SIMULATED)
        .ifPresent(
            held -> {
              audit.record(
                  AuditEntry.of(who, id, "fetch.simulated")
                      .denied("data held is " + held.source()));
              throw ApiException.conflict(
                  "real-data-held",
                  id
                      + " holds data from "
                      + held.source().text()
                      + "; simulated data never replaces it");
            });
    Map<Dataset, List<RawLine>> raw =
        CustomerFiles.render(new Generator(config).model(CustomerId.parse(id)), config, false)
            .rawLines();
    String segment = CustomerId.parse(id).segment().name();
    store.ingest(id, segment, DataSource.SIMULATED, config.seed(), config.asOf(), raw);
    audit.record(
        AuditEntry.of(who, id, "fetch.simulated")
            .detail("seed " + config.seed() + ", as of " + config.asOf()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Dataset d : Dataset.values()) {
      counts.put(d.fileName(), raw.getOrDefault(d, List.of()).size());
    }
    return new Fetched(store.find(id).orElseThrow(), counts);
  }

  /**
   * Stores what was fetched through the AA for the customer as its raw data, replacing what was
   * held (decisions stay): the lines as decrypted, marked {@link DataSource#AA}. The caller has
   * checked the consent and the session; this is audited with the session.
   */
  public void storeFetched(
      Caller who,
      String customerId,
      String consentId,
      String sessionId,
      Map<Dataset, List<RawLine>> raw) {
    String id = requireId(customerId);
    locks.with(
        id,
        () -> {
          store.ingest(id, CustomerId.parse(id).segment().name(), DataSource.AA, null, null, raw);
          int lines = raw.values().stream().mapToInt(List::size).sum();
          audit.record(
              AuditEntry.of(who, id, "fetch.aa")
                  .consent(consentId, 103)
                  .detail("session " + sessionId + ": " + lines + " raw lines stored"));
          return null;
        });
  }

  /**
   * The fetches held for the customer: where its data came from, when, and the SHA-256 of the raw
   * lines (the server keeps the latest fetch; a new one replaces the data, never the decisions).
   */
  public List<Map<String, Object>> fetches(Caller who, String customerId) {
    Access a = open(who, customerId, "fetch.list");
    CustomerStore.Customer c = a.customer();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("customer_id", c.customerId());
    f.put("source", c.source());
    f.put("source_text", c.source().text());
    f.put("generator_seed", c.generatorSeed());
    f.put("generated_as_of", c.generatedAsOf());
    f.put("fetched_at", c.ingestedAt());
    f.put("raw_sha256", c.rawSha256());
    f.put("cleaned_at", c.cleanedAt());
    f.put("clean_sha256", c.cleanSha256());
    f.put("analysed_at", c.analysedAt());
    audit.record(a.entry(who, "fetch.list"));
    return List.of(f);
  }

  /** The clean log of the customer's last clean, under the gate. */
  public JsonNode cleanLog(Caller who, String customerId) {
    Access a = open(who, customerId, "clean_log.read");
    String id = a.customer().customerId();
    String log =
        store
            .cleanLog(id)
            .orElseThrow(
                () -> ApiException.conflict("not-cleaned", id + " has not been cleaned yet"));
    audit.record(a.entry(who, "clean_log.read"));
    return tree(log);
  }

  /** Anonymised counts only (customers, records, decisions by outcome): no customer's data. */
  public Map<String, Object> stats() {
    return store.stats();
  }

  /** The customer's consents (ids, status, purpose, FI types and range), audited. */
  public List<ConsentArtefact> consents(Caller who, String customerId) {
    String id = requireId(customerId);
    CustomerStore.Customer c =
        store
            .find(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no-such-customer", "customer " + id + " is not held by this server"));
    audit.record(AuditEntry.of(who, id, "consent.list"));
    return consentSource.of(id, c);
  }

  private static Segment segment(String id, CustomerData data) {
    if (!data.customers().isEmpty()) {
      return data.customers().get(0).segment();
    }
    return CustomerId.parse(id).segment();
  }

  private static JsonNode tree(String text) {
    try {
      return LakeJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }

  private static <T> T parse(String line, Class<T> type) {
    try {
      return LakeJson.mapper().readValue(line, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  /** A JSON value as the CLI writes its files: pretty-printed with core's mapping. */
  public static byte[] bytes(Object value) {
    try {
      return LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not writable as JSON", e);
    }
  }

  private static String pretty(JsonNode tree) {
    return new String(bytes(tree), StandardCharsets.UTF_8);
  }
}
