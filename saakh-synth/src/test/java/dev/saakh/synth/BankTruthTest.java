package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank view is internally consistent: balance chains, IFSCs, round trips, labelled fraud. */
class BankTruthTest {
  @TempDir Path tmp;

  @Test
  void balancesChainAndTruthRoundTripsThroughTheCleanRecord() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(8, 4, true), tmp.resolve("lake"), 2));
    Map<String, BigDecimal> last = new HashMap<>();
    int checked = 0;
    for (JsonNode label : TestingLake.lines(lake.labels())) {
      if (!label.get("kind").asText().equals("truth")
          || !label.get("dataset").asText().equals("transactions")) {
        continue;
      }
      JsonNode r = label.get("record");
      Transaction t = LakeJson.mapper().treeToValue(r, Transaction.class);
      assertThat(LakeJson.mapper().valueToTree(t).toString()).isEqualTo(r.toString());
      BigDecimal signed =
          t.type().name().equals("CREDIT") ? t.amount().amount() : t.amount().amount().negate();
      BigDecimal previous = last.get(t.accountId());
      if (previous != null) {
        assertThat(t.balanceAfter().amount())
            .as(t.transactionId())
            .isEqualByComparingTo(previous.add(signed));
        checked++;
      }
      last.put(t.accountId(), t.balanceAfter().amount());
      if (t.ifsc() != null) {
        assertThat(Bank.fromIfsc(t.ifsc())).as(t.ifsc()).isNotNull();
        assertThat(t.ifsc()).matches("[A-Z]{4}0[0-9]{6}");
      }
    }
    assertThat(checked).isGreaterThan(5000);
  }

  @Test
  void fraudPatternsAreLabelledWithTheirRecords() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(6, 0, false), tmp.resolve("lake"), 1));
    List<JsonNode> fraud =
        TestingLake.lines(lake.labels()).stream()
            .filter(l -> l.get("kind").asText().equals("fraud"))
            .toList();
    assertThat(fraud)
        .extracting(l -> l.get("pattern").asText())
        .contains(
            "circular_flow",
            "balance_window_dressing",
            "itc_ratio_high",
            "late_filing",
            "gst_turnover_inflation");
    assertThat(fraud)
        .allSatisfy(
            l -> {
              assertThat(l.get("customer_id").asText()).isEqualTo("CUST_MSM_00006");
              assertThat(l.get("record_ids").size()).isPositive();
            });
    String raw = java.nio.file.Files.readString(lake.raw(dev.saakh.core.lake.Dataset.TRANSACTIONS));
    for (JsonNode l : fraud) {
      if (l.get("pattern").asText().equals("circular_flow")) {
        l.get("record_ids").forEach(id -> assertThat(raw).contains("\"" + id.asText() + "\""));
      }
    }
  }
}
