package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.features.FeatureVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed system's API over real HTTP: same paths and shapes, under the gate and the audit. */
class SeedApiIT extends ServerIT {
  static final String NEW_MSME = "CUST_MSM_00042";
  static final String NO_CONSENT = "CUST_CON_00002";
  static final List<String> BULK_BODIES =
      List.of(
          "{}",
          "{\"customer_id\": null}",
          "{\"customer_id\": \"  \"}",
          "{\"customer_id\": \"all\"}");

  static String fixture() {
    try (InputStream in = SeedApiIT.class.getResourceAsStream("/seed/statement-rebit.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String body(String customerId) {
    return "{\"customer_id\": \"" + customerId + "\"}";
  }

  @Test
  void aNewCustomerGoesGenerateCleanAnalyticsAndIsReadBack() {
    Reply gen = post(UNDERWRITER, "/api/pipeline/generate", body(NEW_MSME));
    assertThat(gen.status()).as(gen.body()).isEqualTo(200);
    JsonNode g = gen.json();
    assertThat(g.path("status").asText()).isEqualTo("success");
    assertThat(g.path("customer_id").asText()).isEqualTo(NEW_MSME);
    assertThat(g.path("source").asText()).isEqualTo("SIMULATED");
    assertThat(g.path("records").path("transactions").asInt()).isGreaterThan(100);
    assertThat(g.path("message").asText()).contains("simulated");

    Reply clean = post(UNDERWRITER, "/api/pipeline/clean", body(NEW_MSME));
    assertThat(clean.status()).as(clean.body()).isEqualTo(200);
    JsonNode c = clean.json();
    assertThat(c.path("status").asText()).isEqualTo("success");
    assertThat(c.path("totals").path("clean").asLong()).isGreaterThan(100);
    assertThat(c.path("datasets").path("transactions").path("raw").asLong())
        .isEqualTo(g.path("records").path("transactions").asLong());

    Reply analysed = post(UNDERWRITER, "/api/pipeline/analytics", body(NEW_MSME));
    assertThat(analysed.status()).as(analysed.body()).isEqualTo(200);
    assertThat(analysed.json().path("reports").toString())
        .contains("transaction_summary", "overall_summary", "anomalies_report", "risk_score");

    Reply page =
        get(UNDERWRITER, "/api/data/transactions?customer_id=" + NEW_MSME + "&type=clean&limit=5");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode p = page.json();
    assertThat(p.path("customer_id").asText()).isEqualTo(NEW_MSME);
    assertThat(p.path("dataset").asText()).isEqualTo("transactions");
    assertThat(p.path("type").asText()).isEqualTo("clean");
    assertThat(p.path("count").asInt()).isEqualTo(5);
    assertThat(p.path("records").size()).isEqualTo(5);
    assertThat(p.path("records").get(0).path("customer_id").asText()).isEqualTo(NEW_MSME);
    JsonNode raw =
        get(UNDERWRITER, "/api/data/transactions?customer_id=" + NEW_MSME + "&type=raw").json();
    assertThat(raw.path("count").asInt()).isEqualTo(100);
    assertThat(raw.path("records").get(0).has("narration")).isTrue();

    Reply all = get(UNDERWRITER, "/api/analytics?customer_id=" + NEW_MSME);
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    JsonNode a = all.json();
    assertThat(a.path("customer_id").asText()).isEqualTo(NEW_MSME);
    assertThat(a.fieldNames())
        .toIterable()
        .startsWith("customer_id", "transaction_summary", "gst_summary")
        .contains("overall_summary", "anomalies_report", "risk_score");
    assertThat(a.path("overall_summary").path("customer_id").asText()).isEqualTo(NEW_MSME);

    Reply directors = get(UNDERWRITER, "/api/analytics/directors?customer_id=" + NEW_MSME);
    assertThat(directors.status()).as(directors.body()).isEqualTo(200);
    JsonNode d = directors.json();
    assertThat(d.isArray()).isTrue();
    assertThat(d.size()).isPositive();
    JsonNode first = d.get(0);
    assertThat(first.path("director").asText()).isNotBlank();
    assertThat(first.path("pan").asText()).matches("[A-Z]{5}[0-9]{4}[A-Z]");
    assertThat(first.path("behavioral_signals").fieldNames())
        .toIterable()
        .containsExactlyElementsOf(FeatureVector.NAMES);
  }

  @Test
  void aConsumerHasNoDirectors() {
    Reply r = get(UNDERWRITER, "/api/analytics/directors?customer_id=CUST_CON_00001");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().size()).isZero();
  }

  @Test
  void everyRouteRefusesARequestThatNamesNoCustomer() {
    for (String route : List.of("generate", "clean", "analytics")) {
      for (String bulk : BULK_BODIES) {
        JsonNode p =
            post(UNDERWRITER, "/api/pipeline/" + route, bulk).problem(400, "customer-id-required");
        assertThat(p.path("field").asText()).isEqualTo("customer_id");
      }
      HttpRequest.Builder empty =
          HttpRequest.newBuilder(uri("/api/pipeline/" + route))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.noBody());
      send(UNDERWRITER, empty).problem(400, "customer-id-required");
    }
    for (String path :
        List.of("/api/data/transactions", "/api/analytics", "/api/analytics/directors")) {
      get(UNDERWRITER, path).problem(400, "customer-id-required");
      get(UNDERWRITER, path + "?customer_id=").problem(400, "customer-id-required");
      get(UNDERWRITER, path + "?customer_id=all").problem(400, "customer-id-required");
    }
  }

  @Test
  void unknownFieldsAndBadParametersAreRefused() {
    JsonNode p =
        post(UNDERWRITER, "/api/pipeline/clean", "{\"customer_id\": \"CUST_MSM_00001\", \"x\": 1}")
            .problem(400, "unknown-field");
    assertThat(p.path("field").asText()).isEqualTo("x");
    post(UNDERWRITER, "/api/pipeline/clean", "{\"customer_id\": ").problem(400, "bad-json");
    post(UNDERWRITER, "/api/pipeline/clean", body("NOT_AN_ID")).problem(400, "bad-customer-id");
    get(UNDERWRITER, "/api/data/transactions?customer_id=CUST_MSM_00001&limit=1001")
        .problem(400, "bad-limit");
    get(UNDERWRITER, "/api/data/nothing?customer_id=CUST_MSM_00001")
        .problem(404, "no-such-dataset");
    get(UNDERWRITER, "/api/data/transactions?customer_id=CUST_MSM_00001&type=cooked")
        .problem(400, "bad-type");
  }

  @Test
  void aCustomerWithoutConsentIsForbiddenEverywhere() {
    post(UNDERWRITER, "/api/pipeline/clean", body(NO_CONSENT)).problem(403, "no-consent");
    post(UNDERWRITER, "/api/pipeline/analytics", body(NO_CONSENT)).problem(403, "no-consent");
    get(UNDERWRITER, "/api/data/transactions?customer_id=" + NO_CONSENT).problem(403, "no-consent");
    get(UNDERWRITER, "/api/analytics?customer_id=" + NO_CONSENT).problem(403, "no-consent");
    get(UNDERWRITER, "/api/analytics/directors?customer_id=" + NO_CONSENT)
        .problem(403, "no-consent");
  }

  @Test
  void onlyAnUnderwriterRunsThePipelineButAnyRoleReadsTheStats() {
    post(AUDITOR, "/api/pipeline/generate", body(NEW_MSME)).problem(403, "forbidden");
    get(ADMIN, "/api/analytics?customer_id=CUST_MSM_00001").problem(403, "forbidden");
    post(null, "/api/bank-statements/analyze-json/", fixture()).problem(401, "unauthenticated");
    Reply stats = get(AUDITOR, "/api/stats");
    assertThat(stats.status()).as(stats.body()).isEqualTo(200);
    JsonNode v1 = get(AUDITOR, "/api/v1/stats").json();
    assertThat(stats.json().fieldNames()).toIterable().containsExactlyElementsOf(v1::fieldNames);
    assertThat(stats.json().path("customers").asLong()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aReBitStatementGivesTheTenFeaturesAndIsAudited() {
    for (String path :
        List.of("/api/bank-statements/analyze-json/", "/api/bank-statements/analyze-json")) {
      Reply r = post(UNDERWRITER, path, fixture());
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode out = r.json();
      assertThat(out.path("features").fieldNames())
          .toIterable()
          .containsExactlyElementsOf(FeatureVector.NAMES);
      out.path("features").forEach(v -> assertThat(v.isNumber() || v.isNull()).isTrue());
      assertThat(out.path("explanations").path("salary_retention_ratio").has("inputs")).isTrue();
      assertThat(out.path("customer_id").asText()).isEqualTo("CUST_CON_00077");
      assertThat(out.path("clean_transactions").asInt()).isEqualTo(30);
      assertThat(out.path("quarantined_transactions").asInt()).isZero();
    }
    JsonNode rows = get(AUDITOR, "/api/v1/audit?customer_id=CUST_CON_00077&limit=1000").json();
    assertThat(rows.findValuesAsText("action")).contains("statement.analyze");
  }

  @Test
  void aBadStatementIsAClearProblem() {
    String path = "/api/bank-statements/analyze-json/";
    JsonNode notJson = post(UNDERWRITER, path, "{\"Account\": ").problem(400, "bad-json");
    assertThat(notJson.path("detail").asText()).startsWith("request body");
    JsonNode other = post(UNDERWRITER, path, "{\"hello\": 1}").problem(400, "bad-statement");
    assertThat(other.path("detail").asText()).contains("Account");
    post(UNDERWRITER, path, "").problem(400, "bad-statement");
    post(UNDERWRITER, path, "[{\"transaction_id\": \"X\"}]").problem(400, "bad-statement");
  }
}
