package dev.saakh.core.decide;

import dev.saakh.core.money.Money;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.score.RiskScore;
import java.util.List;
import java.util.Objects;

/**
 * A proposed lending decision.
 *
 * @param decidedBy the rule that decided: a knock-out id, {@code CUT_OFF} or {@code
 *     AMOUNT_BELOW_MINIMUM}, or {@code SCORE} for an approval
 * @param limits every limit on the amount, in a fixed order
 * @param bindingLimit the name of the smallest limit
 * @param amount the amount offered (null on REJECT)
 * @param offer the Key Facts Statement of the offer (null on REJECT); indicative on REFER
 * @param notice on REJECT, the written reasons the borrower must receive; empty otherwise
 */
public record Decision(
    Outcome outcome,
    String decidedBy,
    RiskScore score,
    String grade,
    List<RuleResult> rules,
    List<Limit> limits,
    String bindingLimit,
    Money amount,
    KeyFactsStatement offer,
    List<String> notice) {
  /** APPROVE, REFER to an underwriter, or REJECT. */
  public enum Outcome {
    APPROVE,
    REFER,
    REJECT
  }

  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedBy, "decidedBy");
    rules = List.copyOf(rules);
    limits = List.copyOf(limits);
    notice = List.copyOf(notice);
  }
}
