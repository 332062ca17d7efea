package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saakh analyze} on a generated, cleaned lake: the reports built so far. */
class AnalyzeCommandTest {
  @TempDir Path tmp;

  @Test
  void writesTheReportsOfACleanedCustomerAndRefusesAnUncleanedOne() throws IOException {
    String lake = tmp.resolve("lake").toString();
    assertThat(saakh("generate", "--customers", "6", "--as-of", "2026-11-22", "--out", lake).code())
        .isZero();
    var before = saakh("analyze", "--lake", lake, "--customer", "CUST_MSM_00006");
    assertThat(before.code()).isEqualTo(2);
    assertThat(before.err()).contains("has no clean data", "run 'saakh clean' first");
    assertThat(saakh("clean", "--lake", lake, "--customer", "CUST_MSM_00006").code()).isZero();
    var run = saakh("analyze", "--lake", lake, "--customer", "CUST_MSM_00006");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("fraud severity HIGH").contains("wrote 10 reports");
    JsonNode gst =
        new ObjectMapper()
            .readTree(
                tmp.resolve("lake/analytics/CUST_MSM_00006/CUST_MSM_00006_gst_summary.json")
                    .toFile());
    assertThat(gst.at("/fraud/severity").asText()).isEqualTo("HIGH");
    assertThat(gst.at("/returns_filed").asInt()).isPositive();
    JsonNode anomalies =
        new ObjectMapper()
            .readTree(
                tmp.resolve("lake/analytics/CUST_MSM_00006/CUST_MSM_00006_anomalies_report.json")
                    .toFile());
    assertThat(anomalies.at("/highest_severity").asText()).isEqualTo("HIGH");
    assertThat(anomalies.at("/anomalies/0/evidence").size()).isPositive();
    // a person reads lakh-grouped rupees with paise and grouped, singular-aware counts
    assertThat(run.out())
        .containsPattern("[0-9],[0-9]{3} transactions on [0-9]+ accounts?,")
        .containsPattern("turnover ₹[0-9]{1,2}(,[0-9]{2})+,[0-9]{3}\\.[0-9]{2},")
        .containsPattern("average balance on check days: ₹[0-9,]+\\.[0-9]{2};")
        .doesNotContainPattern("[0-9]{4,}\\.[0-9]{2}")
        .contains("wrote 10 reports");
  }

  @Test
  void aConsumersGstSummaryIsNullNotZero() throws IOException {
    String lake = tmp.resolve("consumer").toString();
    assertThat(
            saakh(
                    "generate",
                    "--customers",
                    "0",
                    "--consumers",
                    "1",
                    "--as-of",
                    "2026-11-22",
                    "--out",
                    lake)
                .code())
        .isZero();
    assertThat(saakh("clean", "--lake", lake, "--customer", "CUST_CON_00001").code()).isZero();
    var run = saakh("analyze", "--lake", lake, "--customer", "CUST_CON_00001");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("  GST: no returns; fraud severity NONE")
        .doesNotContain("₹0.00");
    JsonNode gst =
        new ObjectMapper()
            .readTree(
                tmp.resolve("consumer/analytics/CUST_CON_00001/CUST_CON_00001_gst_summary.json")
                    .toFile());
    assertThat(gst.at("/notes/0").asText()).isEqualTo("no GST returns: every figure is null");
    for (String figure : new String[] {"total_turnover", "late_fees", "interest", "growth"}) {
      assertThat(gst.get(figure).isNull()).as(figure).isTrue();
    }
  }

  @Test
  void helpSaysWhatAnalyzeBuilds() {
    var help = saakh("analyze", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains("behavioural features", "anomalies_report the GST fraud indicators")
        .doesNotContain("not built");
  }

  @Test
  void evaluateReportsEachProfileSignature() {
    String lake = tmp.resolve("eval").toString();
    assertThat(
            saakh(
                    "generate",
                    "--customers",
                    "10",
                    "--consumers",
                    "5",
                    "--as-of",
                    "2026-11-22",
                    "--out",
                    lake)
                .code())
        .isZero();
    var run = saakh("evaluate", "--lake", lake);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("profile signature")
        .contains("fraud ")
        .contains("high_growth");
    // the first ten MSMEs include one fraud firm (CUST_MSM_00006), which must show its signature
    assertThat(run.out().lines().filter(l -> l.startsWith("fraud ")).findFirst().orElseThrow())
        .contains(" 1/1 ");
    assertThat(run.out())
        .contains("fraud pattern")
        .contains("circular_flow")
        .contains("fraud customers (fraud, fraud_p2p) flagged");
  }

  @Test
  void analyzeStatementReadsReBitAndCleanNdjsonAlike() throws IOException {
    String lake = tmp.resolve("rebit").toString();
    assertThat(
            saakh(
                    "generate",
                    "--customers",
                    "0",
                    "--consumers",
                    "1",
                    "--as-of",
                    "2026-11-22",
                    "--format",
                    "rebit",
                    "--out",
                    lake)
                .code())
        .isZero();
    var rebit = saakh("analyze-statement", lake + "/rebit/CUST_CON_00001/deposit.json");
    assertThat(rebit.code()).as(rebit.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(rebit.out());
    assertThat(r.at("/format").asText()).isEqualTo("REBIT_DEPOSIT_JSON");
    assertThat(r.at("/behavioral_signals/features").size()).isEqualTo(10);
    assertThat(saakh("clean", "--lake", lake, "--all").code()).isZero();
    var ndjson =
        saakh("analyze-statement", lake + "/clean/CUST_CON_00001/transactions_clean.ndjson");
    assertThat(ndjson.code()).as(ndjson.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(ndjson.out());
    assertThat(n.at("/format").asText()).isEqualTo("CLEAN_NDJSON");
    // the lake's copy is the same statement with export mess; the salary read agrees
    assertThat(n.at("/behavioral_signals/features/salary_retention_ratio/value").asDouble())
        .isCloseTo(
            r.at("/behavioral_signals/features/salary_retention_ratio/value").asDouble(),
            org.assertj.core.api.Assertions.within(0.05));
    var missing = saakh("analyze-statement", tmp.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such statement file");
  }
}
