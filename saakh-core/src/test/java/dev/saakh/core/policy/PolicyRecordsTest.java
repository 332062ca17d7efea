package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy records check themselves, whoever builds them. */
class PolicyRecordsTest {
  @Test
  void comparisonsTestAsTheirSymbolsSay() {
    assertThat(Comparison.GT.test(2, 1)).isTrue();
    assertThat(Comparison.GT.test(1, 1)).isFalse();
    assertThat(Comparison.GE.test(1, 1)).isTrue();
    assertThat(Comparison.LT.test(599, 600)).isTrue();
    assertThat(Comparison.LE.test(600, 600)).isTrue();
    assertThat(Comparison.EQ.test(1, 1)).isTrue();
    assertThat(Comparison.EQ.test(1, 0)).isFalse();
    assertThat(Arrays.stream(Comparison.values())).noneMatch(c -> c.test(Double.NaN, 0));
    assertThat(Arrays.stream(Comparison.values()).map(Comparison::symbol))
        .containsExactly(">", ">=", "<", "<=", "==");
  }

  @Test
  void signalLabelsAreUniqueSnakeCaseWithADescription() {
    assertThat(Arrays.stream(Signal.values()))
        .allSatisfy(
            s -> {
              assertThat(s.label()).matches("[a-z][a-z0-9_]*");
              assertThat(Signal.ofLabel(s.label())).isSameAs(s);
              assertThat(s.description()).isNotBlank().doesNotContain("\n");
            });
    assertThat(Signal.GST_FRAUD_HIGH.label()).isEqualTo("gst_fraud_high");
    assertThat(Signal.WORST_DPD_12M.label()).isEqualTo("worst_dpd_12m");
  }

  @Test
  void cutOffsAndGradesCheckTheirRanges() {
    assertThatThrownBy(() -> new CutOffs(60, 70)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CutOffs(101, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CutOffs(60, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade("A", 101, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade("A", 80, BigDecimal.ZERO, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade(" ", 80, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void productsCheckAmountsTenuresAndRatios() {
    Money lakh = Money.of("100000");
    Money tenLakh = Money.of("1000000");
    assertThat(new Product(lakh, tenLakh, List.of(12, 24), 12, 1.0, 0.2).tenureMonths())
        .containsExactly(12, 24);
    assertThatThrownBy(() -> new Product(tenLakh, lakh, List.of(12), 12, 0.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(24, 12), 12, 0.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(12, 12), 12, 0.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(12, 400), 12, 0.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(12), 18, 0.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(12), 12, 0, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Product(lakh, tenLakh, List.of(12), 12, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPolicyChecksItsIdsGradesProductsAndSha() {
    Policy p = PolicyFile.defaults();
    KnockOut first = p.knockOuts().get(0);
    assertThatThrownBy(() -> copy(p, List.of(first, first), p.grades(), p.products(), p.sha256()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> copy(p, p.knockOuts(), p.grades().subList(0, 4), p.products(), p.sha256()))
        .isInstanceOf(IllegalArgumentException.class);
    Map<Segment, Product> msmeOnly = new HashMap<>(p.products());
    msmeOnly.remove(Segment.CONSUMER);
    assertThatThrownBy(() -> copy(p, p.knockOuts(), p.grades(), msmeOnly, p.sha256()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> copy(p, p.knockOuts(), p.grades(), p.products(), "ABC"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.knockOuts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy(p, p.knockOuts(), p.grades(), p.products(), p.sha256())).isEqualTo(p);
  }

  @Test
  void aKnockOutNeedsAFiniteThresholdAndAReason() {
    assertThatThrownBy(
            () ->
                new KnockOut(
                    "KO",
                    Signal.FOIR,
                    Comparison.GT,
                    Double.NaN,
                    RuleOutcome.REFER,
                    IfMissing.PASS,
                    "Your FOIR is high."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new KnockOut(
                    "KO", Signal.FOIR, Comparison.GT, 0.6, RuleOutcome.REFER, IfMissing.PASS, " "))
        .isInstanceOf(IllegalArgumentException.class);
    KnockOut foir =
        new KnockOut(
            "KO", Signal.FOIR, Comparison.GT, 0.6, RuleOutcome.REFER, IfMissing.PASS, "High.");
    assertThat(foir.firesOn(0.7)).isTrue();
    assertThat(foir.firesOn(0.6)).isFalse();
  }

  private static Policy copy(
      Policy p,
      List<KnockOut> knockOuts,
      List<Grade> grades,
      Map<Segment, Product> products,
      String sha) {
    return new Policy(
        p.policyId(), p.version(), sha, p.description(), knockOuts, p.cutOffs(), grades, products);
  }
}
