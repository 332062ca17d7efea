package dev.saakh.synth.business;

import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.Month;
import java.time.YearMonth;

/**
 * An MSME's turnover over the GST window, oldest period first, in paise of taxable value.
 *
 * @param gstRate the effective GST rate on its supplies (0.05, 0.12 or 0.18)
 * @param trueTurnover what it really sold each period; bank credits follow this
 * @param declaredTurnover what it declares on GST returns (inflated for the fraud profile)
 * @param seasonalFactor the Oct–Dec multiple of a high-seasonality business, else 1
 */
public record Business(
    double gstRate, long[] trueTurnover, long[] declaredTurnover, double seasonalFactor) {

  private static final double[] GST_RATES = {0.05, 0.12, 0.18, 0.18};

  /** Plans the turnover of a business with {@code profile} over {@code window}. */
  public static Business plan(Profile profile, Window window, Rng rng) {
    int n = window.gstMonths();
    double base = rng.logUniform(4e5, 6e6) * 100; // ₹4 lakh – ₹60 lakh a month, in paise
    double season = profile == Profile.HIGH_SEASONALITY ? rng.uniform(3.6, 5.0) : 1.0;
    // Declared 1.8–2.8× true sales: with round-tripped credits swelling the bank side, GST ends up
    // 1.5–2.5× the bank's business credits, as DESIGN §5 has it.
    double inflation = profile == Profile.FRAUD ? rng.uniform(1.8, 2.8) : 1.0;
    double trend = rng.uniform(-0.08, 0.12);
    long[] truth = new long[n];
    long[] declared = new long[n];
    for (int i = 0; i < n; i++) {
      double t = n == 1 ? 1 : (double) i / (n - 1);
      YearMonth period = window.gstPeriod(i);
      double m = multiplier(profile, t, period, season, trend) * noise(profile, rng);
      truth[i] = Math.max(100_000_00L, Math.round(base * m));
      declared[i] =
          Math.round(truth[i] * inflation * (profile == Profile.FRAUD ? rng.jitter(0.05) : 1));
    }
    return new Business(GST_RATES[rng.nextInt(GST_RATES.length)], truth, declared, season);
  }

  private static double multiplier(
      Profile profile, double t, YearMonth period, double season, double trend) {
    boolean festive = period.getMonth().compareTo(Month.OCTOBER) >= 0;
    return switch (profile) {
      case HIGH_GROWTH -> 0.3 * Math.pow(10, t); // 30% → 300% of base
      case DECLINING -> 1.5 * Math.pow(0.2 / 1.5, t); // 150% → 20% of base
      case HIGH_SEASONALITY -> festive ? season : 1.0;
      case STABLE_INCOME -> 1.0;
      case BASELINE, HIGH_DEBT, FRAUD, CUSTOMER_CONCENTRATION ->
          (1 + trend * t * 3) * (festive ? 1.15 : 1.0);
      case SALARIED_STABLE, IMPULSE_SPENDER, OVER_LEVERAGED, GIG_INCOME, FRAUD_P2P ->
          throw new IllegalArgumentException("not an MSME profile: " + profile);
    };
  }

  private static double noise(Profile profile, Rng rng) {
    return profile == Profile.STABLE_INCOME ? rng.jitter(0.035) : rng.jitter(0.10);
  }

  /** Bank credits the business should see in GST period {@code i}: invoice value with GST. */
  public long grossSales(int i) {
    return Math.round(trueTurnover[i] * (1 + gstRate));
  }

  /** Average true turnover over the periods, in paise. */
  public long averageTurnover() {
    long sum = 0;
    for (long v : trueTurnover) {
      sum += v;
    }
    return sum / trueTurnover.length;
  }
}
