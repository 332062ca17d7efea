package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import dev.saakh.server.store.CustomerStore;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DPDP over HTTP: a consent's FI types and FI data range bound what is served and what a decision
 * reads. Each test stores its own customer whose consent it narrowed.
 */
class ConsentGateIT extends ServerIT {
  @Autowired CustomerStore store;
  @Autowired CustomerService service;
  @Autowired Clock clock;

  private String customerWithConsent(int number, Consumer<ObjectNode> narrow) throws Exception {
    String id = new CustomerId(dev.saakh.core.customer.Segment.MSME, number).toString();
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    GeneratorConfig config = GeneratorConfig.defaults(asOf);
    Map<Dataset, List<RawLine>> raw =
        new EnumMap<>(
            CustomerFiles.render(new Generator(config).model(CustomerId.parse(id)), config, false)
                .rawLines());
    List<RawLine> consents = new ArrayList<>();
    for (RawLine l : raw.get(Dataset.CONSENTS)) {
      ObjectNode c = (ObjectNode) LakeJson.mapper().readTree(l.text());
      c.put("status", "ACTIVE");
      narrow.accept(c);
      consents.add(RawLine.of(l.number(), LakeJson.mapper().writeValueAsString(c)));
    }
    raw.put(Dataset.CONSENTS, consents);
    store.ingest(id, "MSME", DataSource.SIMULATED, config.seed(), asOf, raw);
    service.clean(new Caller("test", Role.UNDERWRITER), id);
    return "/api/v1/customers/" + id;
  }

  @Test
  void aDepositOnlyConsentServesNoGstAndItsDecisionReadsNone() throws Exception {
    String c = customerWithConsent(71, n -> n.putArray("fi_types").add("DEPOSIT"));
    JsonNode p = get(UNDERWRITER, c + "/data/gst").problem(403, "outside-consent");
    assertThat(p.path("detail").asText()).contains("gst");
    get(UNDERWRITER, c + "/data/gst?type=raw").problem(403, "outside-consent");
    get(UNDERWRITER, c + "/data/credit_reports").problem(403, "outside-consent");
    assertThat(get(UNDERWRITER, c + "/data/transactions?limit=1").status()).isEqualTo(200);
    Reply d = post(UNDERWRITER, c + "/decisions", "{}");
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    List<String> excluded = d.json().path("data").path("excluded").findValuesAsText("dataset");
    assertThat(excluded).contains("gst");
    Reply audit =
        get(
            AUDITOR,
            "/api/v1/audit?customer_id=" + c.substring(c.lastIndexOf('/') + 1) + "&limit=1000");
    assertThat(audit.body()).contains("\"outcome\":\"DENIED\"").contains("data.read clean gst");
  }

  @Test
  void recordsOutsideTheFiDataRangeAreNeverServed() throws Exception {
    LocalDate from = LocalDate.ofInstant(clock.instant(), Underwriting.IST).minusMonths(3);
    String c = customerWithConsent(72, n -> n.put("fi_data_from", from.toString()));
    Reply page = get(UNDERWRITER, c + "/data/transactions?limit=1000");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode body = page.json();
    assertThat(body.path("withheld").asLong()).isPositive();
    for (JsonNode t : body.path("records")) {
      assertThat(LocalDate.parse(t.path("date").asText())).isAfterOrEqualTo(from);
    }
    Reply raw = get(UNDERWRITER, c + "/data/transactions?type=raw&limit=1000");
    assertThat(raw.json().path("withheld").asLong()).isPositive();
    assertThat(raw.json().path("total").asLong()).isEqualTo(body.path("total").asLong());
    get(UNDERWRITER, c + "/data/transactions?from=" + from.minusDays(1))
        .problem(403, "outside-consent");
  }
}
