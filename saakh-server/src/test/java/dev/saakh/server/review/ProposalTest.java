package dev.saakh.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProposalTest {
  private static Proposal of(String json) {
    return Proposal.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anApprovalCarriesItsAmountAndTheOffersTenure() {
    Proposal p =
        of(
            "{\"decision_id\":\"d\",\"decision\":{\"outcome\":\"APPROVE\",\"amount\":500000.00,"
                + "\"offer\":{\"terms\":{\"principal\":500000.00,\"tenure_months\":24}}}}");
    assertThat(p.outcome()).isEqualTo("APPROVE");
    assertThat(p.amount()).isEqualTo(new BigDecimal("500000.00"));
    assertThat(p.tenureMonths()).isEqualTo(24);
    assertThat(p.decided()).isTrue();
  }

  @Test
  void aRejectionHasNoTerms() {
    Proposal p = of("{\"decision\":{\"outcome\":\"REJECT\",\"amount\":null,\"offer\":null}}");
    assertThat(p).isEqualTo(new Proposal("REJECT", null, null));
    assertThat(p.decided()).isTrue();
  }

  @Test
  void aStopIsNoDecision() {
    Proposal p = of("{\"customer_id\":\"CUST_MSM_00003\",\"reason\":\"consent revoked\"}");
    assertThat(p).isEqualTo(new Proposal("STOPPED", null, null));
    assertThat(p.decided()).isFalse();
  }

  @Test
  void anUnreadableRecordIsAnError() {
    assertThatThrownBy(() -> of("{not json")).isInstanceOf(UncheckedIOException.class);
  }
}
