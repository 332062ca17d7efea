package dev.saakh.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.server.api.ApiException;
import org.junit.jupiter.api.Test;

class SeedRequestTest {
  @Test
  void aBulkRequestNamesNoCustomerAndIsRefused() {
    for (String bulk : new String[] {null, "", "  ", "all", "ALL", " All ", "*"}) {
      assertThatThrownBy(() -> SeedRequest.customerId(bulk))
          .as("'%s'", bulk)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.code()).isEqualTo("customer-id-required");
                assertThat(e.field()).isEqualTo("customer_id");
                assertThat(e.status().value()).isEqualTo(400);
              });
    }
    assertThatThrownBy(() -> SeedRequest.customerId((SeedRequest) null))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo("customer-id-required"));
  }

  @Test
  void oneCustomerIsCheckedAndTrimmed() {
    assertThat(SeedRequest.customerId(" CUST_MSM_00042 ")).isEqualTo("CUST_MSM_00042");
    assertThat(SeedRequest.customerId(new SeedRequest("CUST_CON_00001")))
        .isEqualTo("CUST_CON_00001");
    assertThatThrownBy(() -> SeedRequest.customerId("everyone"))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo("bad-customer-id"));
  }
}
