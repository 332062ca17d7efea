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
  }
}
