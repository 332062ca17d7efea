package dev.saakh.core.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KFS in the project's one JSON mapping: snake_case, exact decimals, round trip. */
class KeyFactsJsonTest {
  private static final ObjectMapper JSON = LakeJson.mapper();

  private static KeyFactsStatement sample() {
    return KeyFacts.of(
        LoanTerms.of(Money.of("100000"), 3, new BigDecimal("12.50"))
            .withProcessingFee(ProcessingFee.percent(new BigDecimal("2"))));
  }

  @Test
  void writesSnakeCaseFieldsInOrderWithExactDecimals() throws JsonProcessingException {
    String json = JSON.writeValueAsString(sample());
    JsonNode root = JSON.readTree(json);

    assertThat(names(root))
        .containsExactly(
            "terms",
            "number_of_instalments",
            "emi",
            "processing_fee",
            "gst_on_processing_fee",
            "other_upfront_charges",
            "total_upfront_charges",
            "net_disbursed_amount",
            "total_interest",
            "total_payable",
            "annual_percentage_rate",
            "schedule");
    assertThat(json)
        .startsWith(
            "{\"terms\":{\"principal\":100000.00,\"tenure_months\":3,\"annual_rate_percent\":12.5,"
                + "\"processing_fee\":{\"type\":\"percent\",\"percent\":2},\"gst_rate_percent\":18,"
                + "\"other_upfront_charges\":0.00},\"number_of_instalments\":3,")
        .contains("\"processing_fee\":2000.00,\"gst_on_processing_fee\":360.00,")
        .contains("\"net_disbursed_amount\":97640.00,");
    assertThat(names(root.get("schedule").get(0)))
        .containsExactly(
            "number",
            "opening_principal",
            "interest",
            "principal",
            "instalment",
            "closing_principal");
    assertThat(root.get("annual_percentage_rate").decimalValue())
        .isEqualTo(sample().annualPercentageRate());
    assertThat(root.get("emi").isBigDecimal()).isTrue();
  }

  @Test
  void readsBackToAnEqualStatementAndWritesTheSameBytes() throws JsonProcessingException {
    KeyFactsStatement kfs = sample();
    String json = JSON.writeValueAsString(kfs);
    KeyFactsStatement back = JSON.readValue(json, KeyFactsStatement.class);

    assertThat(back).isEqualTo(kfs);
    assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
    assertThat(JSON.writeValueAsString(sample())).isEqualTo(json);
  }

  @Test
  void aFlatFeeIsTaggedFlat() throws JsonProcessingException {
    LoanTerms terms =
        LoanTerms.of(Money.of("50000"), 6, BigDecimal.TEN)
            .withProcessingFee(ProcessingFee.flat(Money.of("999.5")));
    String json = JSON.writeValueAsString(terms);

    assertThat(json).contains("\"processing_fee\":{\"type\":\"flat\",\"amount\":999.50}");
    assertThat(JSON.readValue(json, LoanTerms.class)).isEqualTo(terms);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
