package dev.saakh.core.decide;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.money.Money;
import dev.saakh.core.policy.Product;
import dev.saakh.core.score.Observations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The limits on the amount: what was asked for, the product maximum, the loan whose EMI fits under
 * the FOIR cap after existing obligations, and the turnover multiple. Each is rounded down to
 * ₹{@value #ROUND_TO}; the smallest binds.
 */
final class Sizing {
  static final long ROUND_TO = 1_000;

  private Sizing() {}

  static List<Limit> limits(
      Segment segment,
      Product product,
      Observations obs,
      Money requested,
      int tenure,
      BigDecimal annualRatePercent) {
    List<Limit> out = new ArrayList<>();
    if (requested != null) {
      out.add(new Limit("requested", requested, "the amount asked for"));
    }
    out.add(new Limit("product_max", product.maxAmount(), "the product's largest loan"));
    out.add(foir(product, obs, tenure, annualRatePercent));
    out.add(turnover(segment, product, obs));
    return out;
  }

  private static Limit foir(Product p, Observations obs, int tenure, BigDecimal rate) {
    Double income = obs.get("monthly_income");
    if (income == null || income <= 0) {
      return new Limit("foir", null, "no monthly income observed");
    }
    Double existing = obs.get("monthly_obligations");
    double emi = p.foirCap() * income - (existing == null ? 0 : existing);
    double r = rate.doubleValue() / 1200;
    double amount = emi <= 0 ? 0 : emi * (1 - Math.pow(1 + r, -tenure)) / r;
    return new Limit(
        "foir",
        rounded(amount),
        String.format(
            Locale.ROOT,
            "EMI up to %.0f%% of monthly income %s less existing EMIs %s = %s over %d"
                + " months at %s%%",
            p.foirCap() * 100,
            IndianFormat.rupees(income),
            IndianFormat.rupees(existing == null ? 0 : existing),
            IndianFormat.rupees(Math.max(0, emi)),
            tenure,
            rate.toPlainString()));
  }

  private static Limit turnover(Segment segment, Product p, Observations obs) {
    Double annual = segment == Segment.MSME ? obs.get("annual_gst_turnover") : null;
    String what = "annual GST turnover";
    if (annual == null) {
      Double income = obs.get("monthly_income");
      annual = income == null ? null : income * 12;
      what = segment == Segment.MSME ? "annual bank credits (no GST turnover)" : "annual income";
    }
    if (annual == null) {
      return new Limit("turnover", null, "no turnover or income observed");
    }
    return new Limit(
        "turnover",
        rounded(annual * p.turnoverMultiple()),
        String.format(
            Locale.ROOT, "%s × %s %s", p.turnoverMultiple(), what, IndianFormat.rupees(annual)));
  }

  static Money rounded(double rupees) {
    long r = (long) Math.floor(Math.max(0, rupees) / ROUND_TO) * ROUND_TO;
    return Money.of(BigDecimal.valueOf(r).toPlainString());
  }

  /** The smallest computed limit. */
  static Limit binding(List<Limit> limits) {
    Limit best = null;
    for (Limit l : limits) {
      if (l.amount() != null
          && (best == null || l.amount().amount().compareTo(best.amount().amount()) < 0)) {
        best = l;
      }
    }
    return best;
  }
}
