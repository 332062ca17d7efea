package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The datasets other than transactions: normalise, repair what the domain fixes, bind, dedupe. */
class RecordCleaningTest {
  private static String gst(String id, String extra) {
    return "{\"return_id\":\""
        + id
        + "\",\"customer_id\":\"CUST_CON_00001\","
        + "\"gstin\":\"27ABCDE1234F1Z5\",\"return_type\":\"GSTR3B\",\"period\":\"112023\","
        + "\"filing_date\":\"19/12/23\",\"taxable_value\":\"Rs. 34,80,874.91\","
        + "\"output_tax\":\"626557.48\",\"itc_claimed\":\"₹1,000.00\",\"tax_paid_cash\":\"INR 500\","
        + "\"interest\":\"0.00\",\"late_fee\":\"0.00\",\"invoice_count\":null,\"nil_return\":false"
        + extra
        + "}";
  }

  @Test
  void normalisesFormatsAndDerivesTheDueDateFromThePeriod() {
    CleanResult r =
        TestingRaw.customer().line(Dataset.GST, gst("G1", ",\"branch_code\":\"X\"")).clean();
    GstReturn g = r.records(Dataset.GST, GstReturn.class).get(0);
    assertThat(g.period()).isEqualTo(YearMonth.of(2023, 11));
    assertThat(g.dueDate()).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(g.filingDate()).isEqualTo(LocalDate.of(2023, 12, 19));
    assertThat(g.taxableValue()).isEqualTo(Money.of("3480874.91"));
    assertThat(g.taxPaidCash()).isEqualTo(Money.of("500.00"));
    assertThat(r.dataset(Dataset.GST).rules())
        .containsEntry("repaired:due_date", 1L)
        .containsEntry("unknown_field:branch_code", 1L);
  }

  @Test
  void aMissingRequiredFieldOrABadValueIsQuarantinedNamingTheField() {
    CleanResult r =
        TestingRaw.customer()
            .line(Dataset.GST, gst("G1", "").replace("\"output_tax\":\"626557.48\",", ""))
            .line(Dataset.GST, gst("G2", "").replace("GSTR3B", "GSTR9"))
            .line(Dataset.GST, gst("G3", "").replace("19/12/23", "yesterday"))
            .clean();
    assertThat(r.dataset(Dataset.GST).quarantined())
        .extracting(q -> q.reasons().get(0).code(), q -> q.reasons().get(0).field())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_FIELD, "output_tax"),
            org.assertj.core.groups.Tuple.tuple(ReasonCode.INVALID_VALUE, "return_type"),
            org.assertj.core.groups.Tuple.tuple(ReasonCode.UNPARSEABLE_DATE, "filing_date"));
  }

  @Test
  void aRepeatedRecordIsADuplicateAndAConflictingOneIsQuarantined() {
    String g = gst("G1", "");
    CleanResult r =
        TestingRaw.customer()
            .line(Dataset.GST, g)
            .line(Dataset.GST, g)
            .line(Dataset.GST, g.replace("Rs. 34,80,874.91", "3480874.91"))
            .line(Dataset.GST, g.replace("626557.48", "1.00"))
            .clean();
    DatasetResult d = r.dataset(Dataset.GST);
    assertThat(d.clean()).hasSize(1);
    assertThat(d.duplicates()).extracting(Duplicate::line).containsExactly(2L, 3L);
    assertThat(d.quarantined())
        .singleElement()
        .satisfies(
            q -> assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.DUPLICATE_ID_CONFLICT));
  }

  @Test
  void nestedRecordsAreNormalisedToo() {
    String report =
        "{\"report_id\":\"R1\",\"customer_id\":\"CUST_CON_00001\",\"bureau\":\"CIBIL\","
            + "\"report_date\":\"21-Nov-2026\",\"subject_name\":\"A\",\"subject_pan\":null,\"score\":750,"
            + "\"accounts\":[{\"lender\":\"HDFC BANK\",\"account_type\":\"PERSONAL_LOAN\","
            + "\"ownership\":\"INDIVIDUAL\",\"sanctioned_amount\":\"₹2,00,000.00\","
            + "\"current_balance\":\"50000\",\"overdue_amount\":\"0\",\"emi\":\"Rs. 5,000/-\","
            + "\"opened_date\":\"46002\",\"closed_date\":null,\"dpd_grid\":["
            + "0,".repeat(35)
            + "30]}],\"enquiries\":[]}";
    CleanResult r = TestingRaw.customer().line(Dataset.CREDIT_REPORTS, report).clean();
    DatasetResult d = r.dataset(Dataset.CREDIT_REPORTS);
    assertThat(d.quarantined()).isEmpty();
    var line = dev.saakh.core.lake.LakeJson.mapper().valueToTree(d.clean().get(0));
    assertThat(line.at("/accounts/0/sanctioned_amount").decimalValue())
        .isEqualByComparingTo("200000");
    assertThat(line.at("/accounts/0/opened_date").asText()).isEqualTo("2025-12-11");
    assertThat(line.at("/report_date").asText()).isEqualTo("2026-11-21");
  }

  @Test
  void everyDatasetIsAccountedForEvenWhenEmpty() {
    CleanResult r = TestingRaw.customer().clean();
    assertThat(r.datasets()).containsOnlyKeys(Dataset.values());
    r.datasets().values().forEach(d -> assertThat(d.raw()).isZero());
  }
}
