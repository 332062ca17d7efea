package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The v1 API over real HTTP: the journey, and the rules of DPDP, roles and errors. */
class ApiIT extends ServerIT {
  static final String MSME = "/api/v1/customers/CUST_MSM_00001";

  @Test
  void anUnderwriterReadsDataReportsAndDecidesAndTheDecisionReplaysToTheSameBytes() {
    Reply page = get(UNDERWRITER, MSME + "/data/transactions?limit=5");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().path("records").size()).isEqualTo(5);
    assertThat(page.json().path("total").asLong()).isGreaterThan(100);
    Reply score = get(UNDERWRITER, MSME + "/score");
    assertThat(score.json().path("score").asInt()).isBetween(0, 100);
    Reply made =
        post(UNDERWRITER, MSME + "/decisions", "{\"amount\": 500000, \"tenure_months\": 24}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String id = made.json().path("decision_id").asText();
    Reply again = get(UNDERWRITER, MSME + "/decisions/" + id);
    assertThat(again.body()).isEqualTo(made.body());
    assertThat(get(UNDERWRITER, MSME + "/decisions").json().findValuesAsText("decision_id"))
        .contains(id);
  }

  @Test
  void aDataRequestWithoutACustomerIdIsRefused() {
    get(UNDERWRITER, "/api/v1/customers/%20/data/transactions")
        .problem(400, "customer-id-required");
    get(UNDERWRITER, "/api/v1/customers/NOT_AN_ID/data/transactions")
        .problem(400, "bad-customer-id");
  }

  @Test
  void aDateRangeOutsideTheConsentIsForbidden() {
    JsonNode p =
        get(UNDERWRITER, MSME + "/data/transactions?from=2001-01-01")
            .problem(403, "outside-consent");
    assertThat(p.path("detail").asText()).contains("2001-01-01");
  }

  @Test
  void aCustomerWithoutUsableConsentIsForbidden() {
    get(UNDERWRITER, "/api/v1/customers/CUST_CON_00002/score").problem(403, "no-consent");
  }

  @Test
  void noTokenIsUnauthorisedAndTheWrongRoleIsForbidden() {
    get(null, MSME + "/score").problem(401, "unauthenticated");
    get("not-a-token", MSME + "/score").problem(401, "unauthenticated");
    get(AUDITOR, MSME + "/score").problem(403, "forbidden");
    get(ADMIN, MSME + "/score").problem(403, "forbidden");
    get(UNDERWRITER, "/api/v1/audit/verify").problem(403, "forbidden");
    get(UNDERWRITER, "/api/v1/admin/users").problem(403, "forbidden");
  }

  @Test
  void badBodiesGetClearProblems() {
    post(UNDERWRITER, MSME + "/decisions", "{\"amount\": 5").problem(400, "bad-json");
    JsonNode unknown =
        post(UNDERWRITER, MSME + "/decisions", "{\"tenure\": 12}").problem(400, "unknown-field");
    assertThat(unknown.path("field").asText()).isEqualTo("tenure");
    JsonNode wrong =
        post(UNDERWRITER, MSME + "/decisions", "{\"tenure_months\": \"x\"}")
            .problem(400, "wrong-type");
    assertThat(wrong.path("field").asText()).isEqualTo("tenure_months");
    post(UNDERWRITER, MSME + "/decisions", "{\"amount\": -1}").problem(400, "bad-amount");
    post(UNDERWRITER, MSME + "/decisions", "{\"x\":\"" + "a".repeat(21 * 1024 * 1024) + "\"}")
        .problem(413, "body-too-large");
    get(UNDERWRITER, MSME + "/data/transactions?limit=abc").problem(400, "wrong-type");
  }

  @Test
  void theAuditorVerifiesAnIntactChain() {
    get(UNDERWRITER, MSME + "/score");
    Reply v = get(AUDITOR, "/api/v1/audit/verify");
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    assertThat(v.json().path("intact").asBoolean()).as(v.body()).isTrue();
    assertThat(v.json().path("rows").asLong()).isPositive();
  }
}
