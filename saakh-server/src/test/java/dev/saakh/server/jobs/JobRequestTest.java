package dev.saakh.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.decide.Decider;
import dev.saakh.core.money.Money;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.api.CustomerApi;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JobRequestTest {
  private static JobRequest of(String customer, String amount, Integer tenure) {
    return new JobRequest(
        customer,
        CustomerApi.request(
            new CustomerApi.DecisionRequest(
                amount == null ? null : new BigDecimal(amount), tenure)));
  }

  @Test
  void theSameRequestWrittenDifferentlyHasOneHash() {
    assertThat(of("CUST_MSM_00001", "500000", 24).sha256())
        .isEqualTo(of("CUST_MSM_00001", "500000.00", 24).sha256())
        .isEqualTo(of("CUST_MSM_00001", "500000.0", 24).sha256());
    assertThat(of("CUST_MSM_00001", null, null).sha256())
        .isEqualTo(new JobRequest("CUST_MSM_00001", Decider.Request.DEFAULT).sha256())
        .isEqualTo(new JobRequest("CUST_MSM_00001", CustomerApi.request(null)).sha256());
  }

  @Test
  void anotherAmountTenureOrCustomerIsAnotherRequest() {
    String base = of("CUST_MSM_00001", "500000", 24).sha256();
    assertThat(of("CUST_MSM_00001", "500000.01", 24).sha256()).isNotEqualTo(base);
    assertThat(of("CUST_MSM_00001", "500000", 12).sha256()).isNotEqualTo(base);
    assertThat(of("CUST_MSM_00001", "500000", null).sha256()).isNotEqualTo(base);
    assertThat(of("CUST_MSM_00002", "500000", 24).sha256()).isNotEqualTo(base);
  }

  @Test
  void theCanonicalFormIsFixed() {
    JobRequest r = new JobRequest("CUST_CON_00001", new Decider.Request(Money.of("1200.5"), 6));
    assertThat(r.canonicalText())
        .isEqualTo(
            "{\"kind\":\"underwrite\",\"customer_id\":\"CUST_CON_00001\",\"amount\":\"1200.50\","
                + "\"tenure_months\":6}");
    assertThat(r.sha256()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void aKeyIsOneTo200VisibleAsciiCharacters() {
    assertThat(JobRequest.key("a")).isEqualTo("a");
    assertThat(JobRequest.key("~".repeat(200))).hasSize(200);
    assertThat(JobRequest.key("550e8400-e29b-41d4-a716-446655440000")).hasSize(36);
    assertThat(code(null)).isEqualTo("idempotency-key-required");
    assertThat(code("")).isEqualTo("idempotency-key-required");
    assertThat(code("x".repeat(201))).isEqualTo("bad-idempotency-key");
    assertThat(code("two words")).isEqualTo("bad-idempotency-key");
    assertThat(code("tab\there")).isEqualTo("bad-idempotency-key");
    assertThat(code("caf\u00e9")).isEqualTo("bad-idempotency-key");
    assertThat(code("del\u007f")).isEqualTo("bad-idempotency-key");
  }

  private static String code(String key) {
    try {
      JobRequest.key(key);
    } catch (ApiException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void aRequestNamesItsCustomer() {
    assertThatThrownBy(() -> new JobRequest(null, Decider.Request.DEFAULT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customerId");
  }
}
