package dev.saakh.cli;

import dev.saakh.core.decide.Decision;
import dev.saakh.core.decide.Limit;
import dev.saakh.core.decide.RuleResult;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.money.Money;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.score.RiskScore;
import dev.saakh.core.score.SubScore;
import java.io.PrintWriter;
import java.util.Locale;

/** The readable summary {@code saakh underwrite --customer} prints; rupees lakh-grouped. */
final class DecisionSummary {
  private DecisionSummary() {}

  static void print(PrintWriter out, DecisionRecord r) {
    Decision d = r.decision();
    RiskScore s = d.score();
    out.printf(
        Locale.ROOT,
        "%s (%s): %s — decided by %s%n",
        r.customerId(),
        r.segment(),
        d.outcome(),
        d.decidedBy());
    if (r.data().source() != DataSource.LAKE_RAW) {
      out.println("  data: " + r.data().source().text());
    }
    out.printf(
        Locale.ROOT, "  score %d/100, risk band %s, grade %s%n", s.score(), s.band(), d.grade());
    for (SubScore sub : s.subScores()) {
      out.printf(Locale.ROOT, "    %-20s %3d%n", sub.kind().label(), sub.score());
    }
    for (RuleResult rule : d.rules()) {
      if (rule.fired()) {
        out.printf(
            Locale.ROOT,
            "  %s %s: %s, observed %s%n",
            rule.outcome(),
            rule.id(),
            rule.test(),
            observed(rule.observed()));
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
          "  limit %-11s %17s  %s%s%n",
          l.name(),
          l.amount() == null ? "n/a" : IndianFormat.rupees(l.amount()),
          l.basis(),
          l.name().equals(d.bindingLimit()) ? "  ← binds" : "");
    }
    offer(out, d);
    if (!d.notice().isEmpty()) {
      out.println("  notice to the borrower:");
      d.notice().forEach(n -> out.println("    " + n));
    }
  }

  private static void offer(PrintWriter out, Decision d) {
    KeyFactsStatement k = d.offer();
    if (k == null) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %s %s for %d months at %s%%: EMI %s, fee+GST %s, net disbursed %s, APR %s%%%n",
        d.outcome() == Decision.Outcome.REFER ? "indicative offer" : "offer",
        rupees(d.amount()),
        k.terms().tenureMonths(),
        k.terms().annualRatePercent().toPlainString(),
        rupees(k.emi()),
        rupees(k.totalUpfrontCharges()),
        rupees(k.netDisbursedAmount()),
        k.annualPercentageRate().toPlainString());
  }

  private static String rupees(Money m) {
    return IndianFormat.rupees(m);
  }

  /** A knock-out's observed value as a person reads it: whole numbers without decimals. */
  static String observed(Double v) {
    if (v == null) {
      return "nothing (not observed)";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return IndianFormat.count(v.longValue());
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
