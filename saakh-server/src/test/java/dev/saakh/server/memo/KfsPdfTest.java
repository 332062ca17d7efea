package dev.saakh.server.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import org.junit.jupiter.api.Test;

class KfsPdfTest {
  @Test
  void theKfsOfAnOfferShowsItsFiguresAndEveryInstalment() {
    TestingMemo.Engine e = TestingMemo.firstWith("APPROVE");
    JsonNode offer = e.decision().path("decision").path("offer");
    String text = MemoPdfTest.text(KfsPdf.render(e.memo()));
    assertThat(text)
        .contains("Key Facts Statement")
        .contains(e.customerId())
        .contains(offer.path("annual_percentage_rate").decimalValue().toPlainString() + "%")
        .contains(IndianFormat.rupees(offer.path("terms").path("principal").decimalValue()))
        .contains(IndianFormat.rupees(offer.path("emi").decimalValue()))
        .contains(IndianFormat.rupees(offer.path("net_disbursed_amount").decimalValue()))
        .contains(IndianFormat.rupees(offer.path("total_payable").decimalValue()))
        .doesNotContain("Indicative only");
    for (JsonNode i : offer.path("schedule")) {
      assertThat(text).contains(IndianFormat.rupees(i.path("closing_principal").decimalValue()));
      assertThat(text).contains(IndianFormat.rupees(i.path("interest").decimalValue()));
    }
  }

  @Test
  void aDecisionWithoutAnOfferHasNoKfs() {
    TestingMemo.Engine e = TestingMemo.firstWith("REJECT");
    assertThatThrownBy(() -> KfsPdf.render(e.memo()))
        .isInstanceOf(KfsPdf.NoOffer.class)
        .hasMessageContaining("carries no offer (REJECT)")
        .hasMessageContaining(e.decision().path("decision_id").asText());
  }
}
