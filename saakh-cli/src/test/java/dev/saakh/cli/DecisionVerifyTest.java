package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saakh decision verify} and {@code saakh policy show|validate}. */
class DecisionVerifyTest {
  private static final String AS_OF = "2026-11-23T10:00:00+05:30";
  @TempDir Path tmp;
  private Path lake;
  private Path decision;

  @BeforeEach
  void decide() {
    lake = tmp.resolve("lake");
    var g =
        saakh("generate", "--customers", "1", "--as-of", "2026-11-22", "--out", lake.toString());
    assertThat(g.code()).as(g.err()).isZero();
    var u =
        saakh(
            "underwrite",
            "--lake",
            lake.toString(),
            "--customer",
            "CUST_MSM_00001",
            "--as-of",
            AS_OF,
            "--amount",
            "300000",
            "--tenure-months",
            "12");
    assertThat(u.code()).as(u.err()).isZero();
    decision = lake.resolve("decisions/CUST_MSM_00001/decision.json");
  }

  @Test
  void anUntouchedRecordReproducesByteForByte() {
    var v = saakh("decision", "verify", decision.toString());
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(v.out()).contains("reproduces byte for byte", "the lake's raw files");
  }

  @Test
  void anEditedRecordDoesNotAndTheFirstDifferenceIsNamed() throws IOException {
    String text = Files.readString(decision, StandardCharsets.UTF_8);
    Files.writeString(
        decision, text.replaceFirst("\"outcome\" : \"\\w+\"", "\"outcome\" : \"EDITED\""));
    var v = saakh("decision", "verify", decision.toString());
    assertThat(v.code()).isEqualTo(Main.CHECK_FAILED);
    assertThat(v.out()).contains("does not reproduce", "\"outcome\" : \"EDITED\"");
  }

  @Test
  void changedInputsAreNamed() throws IOException {
    Path gst = lake.resolve("raw/raw_gst.ndjson");
    Files.writeString(
        gst, Files.readString(gst, StandardCharsets.UTF_8).replaceFirst("\n", "\n\n"));
    Path txns = lake.resolve("raw/raw_ondc_orders.ndjson");
    var lines = Files.readAllLines(txns, StandardCharsets.UTF_8);
    lines.remove(0);
    Files.write(txns, lines, StandardCharsets.UTF_8);
    var v = saakh("decision", "verify", decision.toString());
    assertThat(v.code()).isEqualTo(Main.CHECK_FAILED);
    assertThat(v.out()).contains("its inputs have changed: recorded sha256 ");
  }

  @Test
  void anotherPolicyIsNamedAndThePolicyItWasDecidedUnderIsAsked() throws IOException {
    Path other = tmp.resolve("other.yaml");
    var shown = saakh("policy", "show");
    assertThat(shown.code()).isZero();
    assertThat(shown.out()).startsWith("# policy saakh-default version ").contains("knock-outs:");
    Files.writeString(
        other, shown.out().replace("approve-min: 60", "approve-min: 61"), StandardCharsets.UTF_8);
    var valid = saakh("policy", "validate", other.toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains(other + ": valid policy saakh-default", "approve ≥ 61");
    var v = saakh("decision", "verify", decision.toString(), "--policy", other.toString());
    assertThat(v.code()).isEqualTo(Main.CHECK_FAILED);
    assertThat(v.out()).contains("pass the policy file it was decided under with --policy");
  }

  @Test
  void aBrokenPolicyIsRefusedNamingTheField() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        saakh("policy", "show").out().replace("approve-min: 60", "approve-min: sixty"),
        StandardCharsets.UTF_8);
    var v = saakh("policy", "validate", bad.toString());
    assertThat(v.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(v.err()).contains("policy refused", "cut-offs.approve-min");
  }

  @Test
  void aFileThatIsNotADecisionRecordIsBadInput() throws IOException {
    Path other = lake.resolve("decisions/CUST_MSM_00001/note.json");
    Files.writeString(other, "{\"hello\": 1}");
    var v = saakh("decision", "verify", other.toString());
    assertThat(v.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(v.err()).contains("not a decision record: customer_id is missing");
  }
}
