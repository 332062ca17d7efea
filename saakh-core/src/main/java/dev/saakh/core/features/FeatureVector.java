package dev.saakh.core.features;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The behavioural features of one person's statement over a window, in DESIGN §6 order.
 *
 * @param from first day the statement covers: its first entry inside the requested window
 * @param to last day the statement covers: its last entry inside the requested window
 * @param accounts the accounts the statement covers
 * @param transactions entries inside the window
 * @param features feature name → value and inputs
 */
public record FeatureVector(
    LocalDate from,
    LocalDate to,
    List<String> accounts,
    int transactions,
    Map<String, Feature> features) {
  public static final String SALARY_RETENTION_RATIO = "salary_retention_ratio";
  public static final String WEEK1_VS_WEEK4_SPENDING_RATIO = "week1_vs_week4_spending_ratio";
  public static final String IMPULSE_SPENDING_SCORE = "impulse_spending_score";
  public static final String UPI_VOLUME_SPIKE_SCORE = "upi_volume_spike_score";
  public static final String AVG_BALANCE_DROP_RATE = "avg_balance_drop_rate";
  public static final String INFLOW_TIME_CONSISTENCY = "inflow_time_consistency";
  public static final String CIRCULAR_TRANSACTION_RISK = "circular_transaction_risk";
  public static final String P2P_MANIPULATION_RISK = "p2p_manipulation_risk";
  public static final String BALANCE_MANIPULATION_RISK = "balance_manipulation_risk";
  public static final String MANIPULATION_RISK_SCORE = "manipulation_risk_score";

  /** Every feature name, in report order. */
  public static final List<String> NAMES =
      List.of(
          SALARY_RETENTION_RATIO,
          WEEK1_VS_WEEK4_SPENDING_RATIO,
          IMPULSE_SPENDING_SCORE,
          UPI_VOLUME_SPIKE_SCORE,
          AVG_BALANCE_DROP_RATE,
          INFLOW_TIME_CONSISTENCY,
          CIRCULAR_TRANSACTION_RISK,
          P2P_MANIPULATION_RISK,
          BALANCE_MANIPULATION_RISK,
          MANIPULATION_RISK_SCORE);

  public FeatureVector {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    accounts = List.copyOf(accounts);
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    if (!features.keySet().equals(new java.util.HashSet<>(NAMES))) {
      throw new IllegalArgumentException("features must be exactly " + NAMES);
    }
  }

  /** The named feature's value, or null when it could not be computed. */
  public Double value(String name) {
    Feature f = features.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown feature '" + name + "' (valid: " + NAMES + ")");
    }
    return f.value();
  }
}
