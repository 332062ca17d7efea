package dev.saakh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code saakh kfs} in process: the JSON a user gets, and one clear line for bad input. */
class KfsCommandTest {
  record Run(int code, String out, String err) {}

  static Run saakh(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheKeyFactsStatementAsExactJson() throws IOException {
    // ₹5,00,000 for 24 months at 16% with a 2% fee + 18% GST: fee 10000.00, GST 1800.00,
    // net 488200.00, EMI 24481.56, APR 18.46 (worked in KeyFactsTest in saakh-core).
    Run run =
        saakh(
            "kfs",
            "--json",
            "--amount",
            "5,00,000",
            "--tenure-months",
            "24",
            "--rate",
            "16",
            "--processing-fee",
            "2%");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode kfs = LakeJson.mapper().readTree(run.out());
    assertThat(kfs.get("emi").decimalValue()).isEqualTo(new BigDecimal("24481.56"));
    assertThat(kfs.get("annual_percentage_rate").decimalValue()).isEqualTo(new BigDecimal("18.46"));
    assertThat(kfs.get("processing_fee").decimalValue()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(kfs.get("gst_on_processing_fee").decimalValue())
        .isEqualTo(new BigDecimal("1800.00"));
    assertThat(kfs.get("net_disbursed_amount").decimalValue())
        .isEqualTo(new BigDecimal("488200.00"));
    assertThat(kfs.get("schedule")).hasSize(24);
    assertThat(kfs.get("schedule").get(23).get("closing_principal").decimalValue())
        .isEqualTo(new BigDecimal("0.00"));
    assertThat(run.out()).contains("\"emi\" : 24481.56,").contains("\"percent\" : 2");
  }

  @Test
  void takesAFlatFeeTheGstRateAndOtherCharges() throws IOException {
    // Flat fee 5000 + GST 12% = 600, other charges 1000: net 100000 − 6600 = 93400.00.
    Run run =
        saakh(
            "kfs",
            "--json",
            "--amount=₹1,00,000",
            "--tenure-months=12",
            "--rate=12%",
            "--processing-fee=5,000",
            "--gst-rate=12",
            "--other-charges=1000");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode kfs = LakeJson.mapper().readTree(run.out());
    assertThat(kfs.get("terms").get("processing_fee").get("type").asText()).isEqualTo("flat");
    assertThat(kfs.get("total_upfront_charges").decimalValue())
        .isEqualTo(new BigDecimal("6600.00"));
    assertThat(kfs.get("net_disbursed_amount").decimalValue())
        .isEqualTo(new BigDecimal("93400.00"));
    assertThat(kfs.get("emi").decimalValue()).isEqualTo(new BigDecimal("8884.88"));
  }

  @Test
  void badInputExitsTwoWithOneLineNamingTheFlag() {
    assertBad(
        saakh("kfs", "--amount", "-5", "--tenure-months", "12", "--rate", "12"),
        "saakh: --amount must be more than ₹0.00, was '-5'");
    assertBad(
        saakh("kfs", "--amount", "100000", "--tenure-months", "0", "--rate", "12"),
        "saakh: --tenure-months must be between 1 and 600, was 0");
    assertBad(
        saakh("kfs", "--amount", "100000", "--tenure-months", "12", "--rate", "200"),
        "saakh: --rate must be between 0 and 100, was 200");
    assertBad(
        saakh(
            "kfs",
            "--amount",
            "100000",
            "--tenure-months",
            "12",
            "--rate",
            "12",
            "--processing-fee",
            "abc"),
        "saakh: --processing-fee must be a percent of the amount like 2% or rupees like 5000 or"
            + " ₹5,000.00, was 'abc'");
    assertBad(
        saakh("kfs", "--amount", "lots", "--tenure-months", "12", "--rate", "12"),
        "saakh: --amount must be rupees written out like 500000, 5,00,000.50, ₹5,00,000.00 or"
            + " Rs. 5,00,000/- (not 5L or 1e6), was 'lots'");
    assertBad(
        saakh("kfs", "--amount", "100000", "--tenure-months", "12", "--rate", "twelve"),
        "saakh: --rate must be a number of percent like 16 or 10.5, was 'twelve'");
    assertBad(
        saakh(
            "kfs",
            "--amount",
            "100000",
            "--tenure-months",
            "12",
            "--rate",
            "12",
            "--processing-fee",
            "120%"),
        "saakh: --processing-fee must be between 0 and 100, was 120");
  }

  @Test
  void missingOrMalformedOptionsArePicocliErrors() {
    Run missing = saakh("kfs", "--amount", "100000", "--rate", "12");
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("Missing required option: '--tenure-months=N'");
    Run notInt = saakh("kfs", "--amount", "100000", "--tenure-months", "x", "--rate", "12");
    assertThat(notInt.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(notInt.err()).contains("saakh: --tenure-months must be a whole number, was 'x'");
  }

  @Test
  void helpShowsPercentSignsWithoutPicocliWarnings() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Run help;
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      help = saakh("kfs", "--help");
    } finally {
      System.setErr(stderr);
    }
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("(2%)").contains("10.5%.").doesNotContain("%%");
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static void assertBad(Run run, String line) {
    assertThat(run.code()).as(run.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void printsAReadableTableByDefault() {
    Run run =
        saakh(
            "kfs",
            "--amount",
            "5,00,000",
            "--tenure-months",
            "24",
            "--rate",
            "16",
            "--processing-fee",
            "2%");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("loan amount            ₹5,00,000.00")
        .contains("EMI                    ₹24,481.56")
        .contains("net disbursed          ₹4,88,200.00")
        .contains("APR (RBI KFS)          18.46%")
        .doesNotContain("\"emi\"");
    assertThat(run.out().lines().filter(l -> l.matches("\\s+\\d+ .*"))).hasSize(24);
  }
}
