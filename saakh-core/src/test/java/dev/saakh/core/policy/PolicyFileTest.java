package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default policy's values, loading from a file, and the SHA-256 of the exact bytes. */
class PolicyFileTest {
  @Test
  void theDefaultPolicyHasItsHeaderAndKnockOutsInOrder() {
    Policy p = PolicyFile.defaults();
    assertThat(p.policyId()).isEqualTo("saakh-default");
    assertThat(p.version()).isEqualTo("2026.11-1");
    assertThat(p.description()).startsWith("Reference policy");
    assertThat(p.knockOuts())
        .extracting(KnockOut::id)
        .containsExactly(
            "KO_GST_FRAUD",
            "KO_ROUND_TRIPPING",
            "KO_ROUND_TRIPPING_REVIEW",
            "KO_WINDOW_DRESSING",
            "KO_MANIPULATION",
            "KO_P2P_REVIEW",
            "KO_DPD_90",
            "KO_BUREAU_SCORE",
            "KO_BUREAU_STALE",
            "KO_THIN_STATEMENT",
            "KO_LOAN_STACKING");
    assertThat(p.knockOuts().get(0))
        .isEqualTo(
            new KnockOut(
                "KO_GST_FRAUD",
                Signal.GST_FRAUD_HIGH,
                Comparison.GE,
                1,
                RuleOutcome.REJECT,
                IfMissing.PASS,
                "Your GST returns show repeated signs of misreporting: input tax credit close to"
                    + " the tax due, late filings, or declared turnover that does not match your"
                    + " bank credits."));
  }

  @Test
  void theDefaultKnockOutsCompareTheDocumentedSignals() {
    List<String> rules =
        PolicyFile.defaults().knockOuts().stream()
            .map(
                k ->
                    String.join(
                        " ",
                        k.signal().label(),
                        k.op().symbol(),
                        BigDecimal.valueOf(k.threshold()).stripTrailingZeros().toPlainString(),
                        k.outcome().name(),
                        k.ifMissing().name()))
            .toList();
    assertThat(rules)
        .containsExactly(
            "gst_fraud_high >= 1 REJECT PASS",
            "circular_flow_months >= 4 REJECT PASS",
            "circular_flow_months >= 2 REFER PASS",
            "window_dressing_months >= 2 REJECT PASS",
            "manipulation_risk_score >= 0.5 REJECT PASS",
            "p2p_manipulation_risk >= 0.1 REFER PASS",
            "worst_dpd_12m >= 90 REJECT PASS",
            "bureau_score < 600 REJECT PASS",
            "bureau_report_age_days > 90 REFER REFER",
            "months_of_data < 6 REFER REFER",
            "recent_loan_applications >= 5 REFER PASS");
    assertThat(PolicyFile.defaults().knockOuts().get(10).reason())
        .isEqualTo("Many loan applications were made recently.");
  }

  @Test
  void theDefaultCutOffsAndGrades() {
    Policy p = PolicyFile.defaults();
    assertThat(p.cutOffs()).isEqualTo(new CutOffs(60, 40));
    assertThat(p.grades())
        .extracting(
            g ->
                g.grade()
                    + " "
                    + g.minScore()
                    + " "
                    + g.annualRatePercent()
                    + " "
                    + g.processingFeePercent())
        .containsExactly(
            "A 80 13.50 1.00",
            "B 70 15.50 1.50",
            "C 60 18.00 2.00",
            "D 40 22.00 2.50",
            "E 0 26.00 3.00");
    assertThat(p.grade(100).grade()).isEqualTo("A");
    assertThat(p.grade(80).grade()).isEqualTo("A");
    assertThat(p.grade(79).grade()).isEqualTo("B");
    assertThat(p.grade(60).grade()).isEqualTo("C");
    assertThat(p.grade(39).grade()).isEqualTo("E");
    assertThat(p.grade(0).grade()).isEqualTo("E");
    assertThatThrownBy(() -> p.grade(101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultProducts() {
    Policy p = PolicyFile.defaults();
    assertThat(p.product(Segment.MSME))
        .isEqualTo(
            new Product(
                Money.of("100000"), Money.of("5000000"), List.of(12, 24, 36), 24, 0.60, 0.20));
    assertThat(p.product(Segment.CONSUMER))
        .isEqualTo(
            new Product(
                Money.of("25000"), Money.of("1000000"), List.of(6, 12, 24, 36), 12, 0.50, 0.50));
  }

  @Test
  void theShaIsOfTheExactBytesAndOneByteChangesIt() throws NoSuchAlgorithmException {
    byte[] bytes = TestingPolicies.defaultBytes();
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(PolicyFile.defaults().sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
    byte[] changed =
        TestingPolicies.defaultText()
            .replace("# Saakh's", "# saakh's")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(changed).hasSameSizeAs(bytes);
    Policy p = PolicyFile.parse(changed, "changed.yaml");
    assertThat(p.sha256()).isNotEqualTo(expected);
    assertThat(p.knockOuts()).isEqualTo(PolicyFile.defaults().knockOuts());
  }

  @Test
  void aFileLoadsWithTheSameShaAsItsBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-policy.yaml");
    Files.write(file, TestingPolicies.defaultBytes());
    assertThat(PolicyFile.load(file)).isEqualTo(PolicyFile.defaults());
  }

  @Test
  void aMissingFileADirectoryAndAHugeFileAreRefused(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> PolicyFile.load(missing))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              assertThat(e.code()).isEqualTo(PolicyException.Code.IO);
              assertThat(e.getMessage()).isEqualTo(missing + ": file not found");
            });
    assertThatThrownBy(() -> PolicyFile.load(dir))
        .isInstanceOfSatisfying(
            PolicyException.class, e -> assertThat(e.reason()).isEqualTo("is not a regular file"));
    Path huge = dir.resolve("huge.yaml");
    Files.write(huge, new byte[PolicyFile.MAX_BYTES + 1]);
    assertThatThrownBy(() -> PolicyFile.load(huge))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> assertThat(e.code()).isEqualTo(PolicyException.Code.TOO_LARGE));
  }
}
