package dev.saakh.core.offer;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

/**
 * The KFS APR: 12 × the monthly internal rate of return of the net disbursed amount against the
 * schedule's instalments, in percent, rounded half up to 2 decimals.
 *
 * <p>A double-precision bisection estimates it; the estimate is then proved (or corrected) in
 * {@code BigDecimal}: the APR is {@code k/100} exactly when the present value at the annual rate
 * {@code (k − ½)/100 %} is at least the net disbursed amount and at {@code (k + ½)/100 %} is below
 * it. Instalments are positive, so present value falls as the rate rises and that {@code k} is
 * unique. Only IEEE {@code + − × ÷} and {@code BigDecimal} are used, so results are the same on
 * every JVM.
 */
final class Apr {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final int BISECTIONS = 200;

  /** Monthly rate at the edge {@code (k + ½)/100} % a year: {@code (2k + 1) / 240000}. */
  private static final BigDecimal EDGES_PER_MONTHLY_UNIT = BigDecimal.valueOf(240_000);

  private final BigDecimal[] instalments;
  private final double[] approximate;
  private final BigDecimal net;

  private Apr(Money netDisbursed, List<RepaymentInstalment> schedule) {
    instalments = new BigDecimal[schedule.size()];
    approximate = new double[schedule.size()];
    for (int t = 0; t < instalments.length; t++) {
      instalments[t] = schedule.get(t).instalment().amount();
      approximate[t] = instalments[t].doubleValue();
    }
    net = netDisbursed.amount();
  }

  /** The APR in percent at scale 2; {@code netDisbursed} must be positive. */
  static BigDecimal of(Money netDisbursed, List<RepaymentInstalment> schedule) {
    Apr apr = new Apr(netDisbursed, schedule);
    return apr.proveOrSearch(apr.estimateHundredths());
  }

  /** The APR from an estimate in hundredths of a percent, which need not be right. */
  static BigDecimal of(Money netDisbursed, List<RepaymentInstalment> schedule, BigInteger guess) {
    return new Apr(netDisbursed, schedule).proveOrSearch(guess);
  }

  private BigDecimal proveOrSearch(BigInteger estimate) {
    BigInteger k = proved(estimate) ? estimate : search(estimate);
    return new BigDecimal(k, 2);
  }

  /** True when {@code k/100} is the APR rounded half up. */
  private boolean proved(BigInteger k) {
    return k.signum() >= 0 && below(k) && (k.signum() == 0 || !below(k.subtract(BigInteger.ONE)));
  }

  /** The smallest {@code k >= 0} with {@link #below}; {@code below(-1)} is false as APR >= 0. */
  private BigInteger search(BigInteger estimate) {
    BigInteger lo = BigInteger.ONE.negate();
    BigInteger hi = estimate.max(BigInteger.ONE);
    while (!below(hi)) {
      lo = hi;
      hi = hi.shiftLeft(1);
    }
    while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
      BigInteger mid = lo.add(hi).shiftRight(1);
      if (below(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * True when the instalments discounted at {@code (k + ½)/100} % a year are worth less than the
   * net disbursed amount, i.e. when the APR is below that rate.
   */
  private boolean below(BigInteger k) {
    BigDecimal edge = new BigDecimal(k.shiftLeft(1).add(BigInteger.ONE));
    BigDecimal v = EDGES_PER_MONTHLY_UNIT.divide(EDGES_PER_MONTHLY_UNIT.add(edge), MC);
    BigDecimal pv = BigDecimal.ZERO;
    for (int t = instalments.length - 1; t >= 0; t--) {
      pv = pv.add(instalments[t], MC).multiply(v, MC);
    }
    return pv.compareTo(net) < 0;
  }

  /** Bisection in doubles for the monthly rate, as hundredths of an annual percent. */
  private BigInteger estimateHundredths() {
    double n = net.doubleValue();
    double total = 0;
    for (double a : approximate) {
      total += a;
    }
    double lo = 0;
    double hi = Math.max(total / n - 1, 0);
    for (int i = 0; i < BISECTIONS && lo < hi; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (presentValue(mid) >= n) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double hundredths = (lo + (hi - lo) / 2) * 1200 * 100;
    return new BigDecimal(Math.floor(hundredths + 0.5)).toBigIntegerExact();
  }

  private double presentValue(double monthlyRate) {
    double growth = 1 + monthlyRate;
    double pv = 0;
    for (int t = approximate.length - 1; t >= 0; t--) {
      pv = (pv + approximate[t]) / growth;
    }
    return pv;
  }
}
