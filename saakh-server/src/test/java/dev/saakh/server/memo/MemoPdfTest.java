package dev.saakh.server.memo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MemoPdfTest {
  /** The PDF's text with every run of white space as one space. */
  static String text(byte[] pdf) {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  @Test
  void aRejectionsMemoShowsTheOutcomeTheKnockOutsTheNoticeAndRupeesInLakhs() {
    TestingMemo.Engine e = TestingMemo.fraud();
    String text = text(MemoPdf.render(e.memo()));
    JsonNode d = e.decision().path("decision");
    assertThat(text)
        .contains(e.customerId())
        .contains("REJECT")
        .contains(e.decision().path("decision_id").asText())
        .contains("Notice to the borrower");
    JsonNode fired = null;
    for (JsonNode r : d.path("rules")) {
      if (r.path("fired").asBoolean() && fired == null) {
        fired = r;
      }
    }
    if (fired != null) {
      assertThat(text).contains(fired.path("id").asText()).contains(fired.path("test").asText());
    }
    for (JsonNode n : d.path("notice")) {
      assertThat(text).contains(n.asText().replaceAll("\\s+", " "));
    }
    JsonNode fraud = e.reports().get("gst_summary").path("fraud");
    JsonNode flag = fraud.path("flagged").get(0);
    assertThat(text)
        .contains("Severity " + fraud.path("severity").asText())
        .contains(flag.path("return_id").asText())
        .contains(flag.path("indicators").get(0).path("explanation").asText());
    for (JsonNode a : e.reports().get("anomalies_report").path("anomalies")) {
      assertThat(text).contains(a.path("code").asText());
    }
    double average = e.reports().get("transaction_summary").path("average_balance").asDouble();
    assertThat(text).contains(IndianFormat.rupees(average));
    assertThat(IndianFormat.rupees(average)).matches("₹\\d{1,2}(,\\d\\d)*,\\d{3}\\.\\d\\d");
  }

  @Test
  void anApprovalsMemoShowsTheScoreReasonsLimitsAndOffer() {
    TestingMemo.Engine e = TestingMemo.firstWith("APPROVE");
    String text = text(MemoPdf.render(e.memo()));
    JsonNode d = e.decision().path("decision");
    assertThat(text)
        .contains("APPROVE")
        .contains(d.path("score").path("score").asText() + " of 100")
        .contains(IndianFormat.rupees(d.path("offer").path("emi").decimalValue()))
        .doesNotContain("Notice to the borrower");
    for (JsonNode r : d.path("score").path("reasons")) {
      assertThat(text).contains(r.path("code").asText());
    }
    String binding = d.path("binding_limit").asText();
    for (JsonNode l : d.path("limits")) {
      if (l.path("name").asText().equals(binding)) {
        assertThat(text).contains(IndianFormat.rupees(l.path("amount").decimalValue()));
      }
    }
    JsonNode gst = e.reports().get("gst_summary");
    if (gst.path("total_turnover").isNumber()) {
      assertThat(text).contains(IndianFormat.rupees(gst.path("total_turnover").decimalValue()));
    }
  }

  @Test
  void aStoppedRunsMemoSaysWhy() {
    TestingMemo.Engine e = TestingMemo.firstWith("REJECT");
    JsonNode stopped =
        TestingMemo.tree(
            "{\"customer_id\":\""
                + e.customerId()
                + "\",\"stopped_at\":\"2026-12-03T12:00:00+05:30\","
                + "\"reason\":\"consent <c1> & its expiry passed\"}");
    CreditMemo memo = CreditMemo.of(e.reports(), stopped, e.transactions(), null);
    assertThat(memo.verdict().outcome()).isEqualTo("STOPPED");
    String text = text(MemoPdf.render(memo));
    assertThat(text).contains("STOPPED").contains("consent <c1> & its expiry passed");
  }
}
