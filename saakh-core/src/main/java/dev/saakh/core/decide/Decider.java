package dev.saakh.core.decide;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.decide.Decision.Outcome;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.money.Money;
import dev.saakh.core.offer.KeyFacts;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.offer.LoanTerms;
import dev.saakh.core.offer.ProcessingFee;
import dev.saakh.core.policy.Grade;
import dev.saakh.core.policy.KnockOut;
import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.Product;
import dev.saakh.core.score.Observations;
import dev.saakh.core.score.RiskScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides under a policy, in this order: the first knock-out that fires with REJECT (policy order)
 * rejects; a score below {@code refer-min} rejects ({@code CUT_OFF}); an amount below the product
 * minimum rejects ({@code AMOUNT_BELOW_MINIMUM}); the first REFER knock-out refers; a score below
 * {@code approve-min} refers ({@code CUT_OFF}); otherwise APPROVE ({@code SCORE}).
 */
public final class Decider {
  private Decider() {}

  /** A loan asked for: amount (null for as much as allowed) and tenure (null for the default). */
  public record Request(Money amount, Integer tenureMonths) {
    public static final Request DEFAULT = new Request(null, null);
  }

  public static Decision decide(
      Segment segment, Observations obs, RiskScore score, Policy policy, Request request) {
    return decide(segment, obs, score, policy, request, List.of());
  }

  /**
   * As above, with checks of the input made before the policy's knock-outs (such as lines that
   * could not be read); they come first in the decision's rules and take part like knock-outs.
   */
  public static Decision decide(
      Segment segment,
      Observations obs,
      RiskScore score,
      Policy policy,
      Request request,
      List<RuleResult> inputChecks) {
    List<RuleResult> rules = new ArrayList<>(inputChecks);
    rules.addAll(rules(policy, obs));
    Grade grade = policy.grade(score.score());
    Product product = policy.product(segment);
    int tenure = tenure(product, request.tenureMonths());
    List<Limit> limits =
        Sizing.limits(segment, product, obs, request.amount(), tenure, grade.annualRatePercent());
    Limit binding = Sizing.binding(limits);
    Money amount = binding == null ? Money.ZERO : binding.amount();
    String rejectBy = firstFired(rules, "REJECT");
    String referBy = firstFired(rules, "REFER");
    boolean belowMin = amount.amount().compareTo(product.minAmount().amount()) < 0;
    Outcome outcome;
    String by;
    if (rejectBy != null || score.score() < policy.cutOffs().referMin() || belowMin) {
      outcome = Outcome.REJECT;
      by =
          rejectBy != null
              ? rejectBy
              : score.score() < policy.cutOffs().referMin() ? "CUT_OFF" : "AMOUNT_BELOW_MINIMUM";
    } else if (referBy != null || score.score() < policy.cutOffs().approveMin()) {
      outcome = Outcome.REFER;
      by = referBy != null ? referBy : "CUT_OFF";
    } else {
      outcome = Outcome.APPROVE;
      by = "SCORE";
    }
    boolean offered = outcome != Outcome.REJECT;
    KeyFactsStatement offer = offered ? offer(amount, tenure, grade) : null;
    List<String> notice =
        offered ? List.of() : notice(rules, score, policy, product, binding, amount, by);
    return new Decision(
        outcome,
        by,
        score,
        grade.grade(),
        rules,
        limits,
        binding == null ? null : binding.name(),
        offered ? amount : null,
        offer,
        notice);
  }

  private static int tenure(Product p, Integer asked) {
    if (asked == null) {
      return p.defaultTenureMonths();
    }
    if (!p.tenureMonths().contains(asked)) {
      throw new IllegalArgumentException(
          "tenure " + asked + " months is not offered (options: " + p.tenureMonths() + ")");
    }
    return asked;
  }

  static List<RuleResult> rules(Policy policy, Observations obs) {
    List<RuleResult> out = new ArrayList<>();
    for (KnockOut k : policy.knockOuts()) {
      Double v = obs.get(k.signal().label());
      String test = k.signal().label() + " " + k.op().symbol() + " " + plain(k.threshold());
      String outcome;
      if (v == null) {
        outcome = k.ifMissing().name();
        test += " (not observed)";
      } else {
        outcome = k.op().test(v, k.threshold()) ? k.outcome().name() : "PASS";
      }
      out.add(
          new RuleResult(
              k.id(), k.signal().label(), v, test, !outcome.equals("PASS"), outcome, k.reason()));
    }
    return out;
  }

  private static String firstFired(List<RuleResult> rules, String outcome) {
    return rules.stream()
        .filter(r -> r.outcome().equals(outcome))
        .map(RuleResult::id)
        .findFirst()
        .orElse(null);
  }

  private static KeyFactsStatement offer(Money amount, int tenure, Grade grade) {
    return KeyFacts.of(
        LoanTerms.of(amount, tenure, grade.annualRatePercent())
            .withProcessingFee(new ProcessingFee.Percent(grade.processingFeePercent())));
  }

  /**
   * The written reasons for a rejection: every knock-out that fired (REJECT ones, then REFER ones,
   * each in policy order), then the score's reasons or the amount's.
   */
  private static List<String> notice(
      List<RuleResult> rules,
      RiskScore score,
      Policy policy,
      Product product,
      Limit binding,
      Money amount,
      String by) {
    List<String> out = new ArrayList<>();
    for (String outcome : List.of("REJECT", "REFER")) {
      for (RuleResult r : rules) {
        if (r.outcome().equals(outcome)) {
          out.add(r.reason());
        }
      }
    }
    if (score.score() < policy.cutOffs().referMin()) {
      out.add(
          String.format(
              Locale.ROOT,
              "Your overall assessment score is %d, below the %d we require. The main reasons:",
              score.score(),
              policy.cutOffs().referMin()));
      score.reasons().forEach(r -> out.add(r.text()));
    }
    if (by.equals("AMOUNT_BELOW_MINIMUM")) {
      out.add(
          String.format(
              Locale.ROOT,
              "The largest loan we can offer (%s, limited by %s) is below our minimum of %s.",
              IndianFormat.rupees(amount),
              binding == null ? "missing income and turnover" : binding.basis(),
              IndianFormat.rupees(product.minAmount())));
    }
    return out;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
