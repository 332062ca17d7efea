package dev.saakh.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimPageTest {
  @Test
  void everyCharacterThatCouldOpenMarkupIsEscaped() {
    assertThat(Page.esc("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Page.esc("CUST_MSM_00009@saakh-sim")).isEqualTo("CUST_MSM_00009@saakh-sim");
  }

  @Test
  void theAaCustomerIdKeepsWhateverFollowsTheAt() {
    assertThat(CustomerData.customerOf("CUST_MSM_00009@saakh-sim")).isEqualTo("CUST_MSM_00009");
    assertThat(CustomerData.customerOf(" CUST_CON_00002 ")).isEqualTo("CUST_CON_00002");
  }
}
