package dev.saakh.server.memo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.decide.Decider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditMemoTest {
  @Test
  void theVerdictIsTheDecisionRecordsOwn() {
    TestingMemo.Engine e = TestingMemo.fraud();
    CreditMemo.Verdict v = e.memo().verdict();
    JsonNode d = e.decision().path("decision");
    assertThat(v.outcome()).isEqualTo("REJECT");
    assertThat(v.decidedBy()).isEqualTo(d.path("decided_by").asText());
    assertThat(v.score()).isEqualTo(d.path("score").path("score").asInt());
    assertThat(v.offer()).isNull();
    assertThat(v.knockOuts()).isNotEmpty().allMatch(CreditMemo.Rule::fired);
    assertThat(v.knockOuts().get(0).id()).isEqualTo(v.decidedBy());
    assertThat(v.limits()).filteredOn(CreditMemo.Limit::binds).hasSize(1);
    assertThat(v.limits().stream().filter(CreditMemo.Limit::binds).findFirst().orElseThrow().name())
        .isEqualTo(d.path("binding_limit").asText());
    assertThat(v.notice()).hasSize(d.path("notice").size());
  }

  @Test
  void theOfferKeepsEveryInstalmentAndTheHeaderTheConsent() {
    TestingMemo.Engine e = TestingMemo.firstWith("APPROVE");
    CreditMemo m = e.memo();
    JsonNode o = e.decision().path("decision").path("offer");
    assertThat(m.verdict().offer().schedule()).hasSize(o.path("schedule").size());
    assertThat(m.verdict().offer().annualPercentageRate())
        .isEqualByComparingTo(o.path("annual_percentage_rate").decimalValue());
    assertThat(m.verdict().offer().processingFeeTerms()).isNotBlank();
    assertThat(m.header().consentId()).isEqualTo(e.decision().path("consent").path("id").asText());
    assertThat(m.header().name())
        .isEqualTo(e.reports().get("overall_summary").path("name").asText());
    assertThat(m.transactions()).hasSize(e.transactions().size());
  }

  @Test
  void aConsumersMemoRendersWithoutGstReturns() {
    TestingMemo.Engine e = null;
    for (int i = 1; i <= 10 && (e == null || e.reports().isEmpty()); i++) {
      e =
          TestingMemo.run(
              String.format(java.util.Locale.ROOT, "CUST_CON_%05d", i), Decider.Request.DEFAULT);
    }
    assertThat(e.reports()).as("a consumer with a usable consent").isNotEmpty();
    CreditMemo m = e.memo();
    assertThat(m.header().segment()).isEqualTo("CONSUMER");
    String text = MemoPdfTest.text(MemoPdf.render(m));
    assertThat(text).contains(e.customerId()).contains(m.verdict().outcome());
    assertThat(MemoWorkbookTest.sheets(MemoWorkbookTest.read(MemoWorkbook.render(m))))
        .contains("Transactions", "GST");
  }

  @Test
  void missingReportsAndFieldsReadAsNothingNotErrors() {
    JsonNode stopped =
        TestingMemo.tree("{\"customer_id\":\"CUST_MSM_00001\",\"reason\":\"consent expired\"}");
    CreditMemo m = CreditMemo.of(Map.of(), stopped, List.of(), "outside the consent");
    assertThat(m.verdict().outcome()).isEqualTo("STOPPED");
    assertThat(m.verdict().notice()).containsExactly("consent expired");
    assertThat(m.banking().months()).isEmpty();
    assertThat(m.gst().flags()).isEmpty();
    assertThat(m.banking().facts()).allMatch(f -> f.display().equals("—"));
    assertThat(MemoPdfTest.text(MemoPdf.render(m))).contains("outside the consent");
    assertThat(MemoWorkbookTest.sheets(MemoWorkbookTest.read(MemoWorkbook.render(m))))
        .hasSize(MemoWorkbook.SHEETS.size() - 1);
  }

  @Test
  void factsReadAsAPersonReadsThem() {
    assertThat(
            CreditMemo.Fact.of("x", CreditMemo.Kind.RUPEES, new java.math.BigDecimal("1234567"))
                .display())
        .isEqualTo("₹12,34,567.00");
    assertThat(
            CreditMemo.Fact.of("x", CreditMemo.Kind.PERCENT, new java.math.BigDecimal("0.1294"))
                .display())
        .isEqualTo("12.9%");
    assertThat(
            CreditMemo.Fact.of("x", CreditMemo.Kind.COUNT, new java.math.BigDecimal("31195"))
                .display())
        .isEqualTo("31,195");
    assertThat(MemoApi.filename("CUST_MSM_00006", "82db3bd0-89\"/../x", "memo.pdf"))
        .isEqualTo("CUST_MSM_00006-82db3bd0-89..x-memo.pdf");
  }
}
