package dev.saakh.core.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An independent, deliberately simple IRR for checking the APR: plain {@code Math.pow} and
 * bisection in doubles, no shared code with {@link Apr}.
 */
final class TestingIrr {
  private TestingIrr() {}

  /** 12 × the monthly IRR of the KFS's cash flows, in percent, unrounded. */
  static double annualPercent(KeyFactsStatement kfs) {
    double net = kfs.netDisbursedAmount().amount().doubleValue();
    double[] paid =
        kfs.schedule().stream().mapToDouble(r -> r.instalment().amount().doubleValue()).toArray();
    double lo = -0.5;
    double hi = 10;
    for (int i = 0; i < 300; i++) {
      double mid = (lo + hi) / 2;
      double pv = 0;
      for (int t = 0; t < paid.length; t++) {
        pv += paid[t] / Math.pow(1 + mid, t + 1);
      }
      if (pv >= net) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo * 1200;
  }

  static BigDecimal roundedAnnualPercent(KeyFactsStatement kfs) {
    return BigDecimal.valueOf(annualPercent(kfs)).setScale(2, RoundingMode.HALF_UP);
  }
}
