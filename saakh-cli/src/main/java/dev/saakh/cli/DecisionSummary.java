package dev.saakh.cli;

import dev.saakh.core.decide.Decision;
import dev.saakh.core.decide.Limit;
import dev.saakh.core.decide.RuleResult;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.score.RiskScore;
import dev.saakh.core.score.SubScore;
import java.io.PrintWriter;
import java.util.Locale;

/** The readable summary {@code saakh underwrite --customer} prints. */
final class DecisionSummary {
  private DecisionSummary() {}

  static void print(PrintWriter out, DecisionRecord r, boolean generated) {
    Decision d = r.decision();
    RiskScore s = d.score();
    out.printf(
        Locale.ROOT,
        "%s (%s%s): %s — decided by %s%n",
        r.customerId(),
        r.segment(),
        generated ? ", data from the generator" : "",
        d.outcome(),
        d.decidedBy());
    out.printf(
        Locale.ROOT, "  score %d/100, risk band %s, grade %s%n", s.score(), s.band(), d.grade());
    for (SubScore sub : s.subScores()) {
      out.printf(Locale.ROOT, "    %-20s %3d%n", sub.kind().label(), sub.score());
    }
    for (RuleResult rule : d.rules()) {
      if (rule.fired()) {
        out.printf(Locale.ROOT, "  %s %s: %s%n", rule.outcome(), rule.id(), rule.test());
      }
    }
    if (!s.reasons().isEmpty()) {
      out.println("  adverse reasons:");
      s.reasons()
          .forEach(
              x ->
                  out.printf(
                      Locale.ROOT, "    %s (−%.1f) %s%n", x.code(), x.pointsBelowBest(), x.text()));
    }
    for (Limit l : d.limits()) {
      out.printf(
          Locale.ROOT,
          "  limit %-11s %14s  %s%s%n",
          l.name(),
          l.amount() == null ? "n/a" : "₹" + l.amount(),
          l.basis(),
          l.name().equals(d.bindingLimit()) ? "  ← binds" : "");
    }
    KeyFactsStatement k = d.offer();
    if (k != null) {
      out.printf(
          Locale.ROOT,
          "  %s ₹%s for %d months at %s%%: EMI ₹%s, fee+GST ₹%s, net disbursed ₹%s, APR %s%%%n",
          d.outcome() == Decision.Outcome.REFER ? "indicative offer" : "offer",
          d.amount(),
          k.terms().tenureMonths(),
          k.terms().annualRatePercent().toPlainString(),
          k.emi(),
          k.totalUpfrontCharges(),
          k.netDisbursedAmount(),
          k.annualPercentageRate().toPlainString());
    }
    if (!d.notice().isEmpty()) {
      out.println("  notice to the borrower:");
      d.notice().forEach(n -> out.println("    " + n));
    }
  }
}
