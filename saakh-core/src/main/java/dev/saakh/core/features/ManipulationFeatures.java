package dev.saakh.core.features;

import dev.saakh.core.fraud.BankFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manipulation checks of DESIGN §6 as bounded risks, from the bank patterns {@code fraud}
 * detects on the same entries: round-tripping (0–{@value #CIRCULAR_MAX}), regular P2P (0–{@value
 * #P2P_MAX}) and window dressing (0–{@value #BALANCE_MAX}), each growing linearly with the months
 * the pattern was seen in and reaching its maximum at {@value #FULL_MONTHS} months. The score is
 * their sum, capped at 1.0; no other checks feed it yet.
 */
final class ManipulationFeatures {
  static final double CIRCULAR_MAX = 0.3;
  static final double P2P_MAX = 0.2;
  static final double BALANCE_MAX = 0.2;
  static final int FULL_MONTHS = 4;
  static final int FULL_P2P_MONTHS = 6;

  private ManipulationFeatures() {}

  static Map<String, Feature> of(List<BankFinding> findings) {
    Feature circular = risk(findings, BankFinding.CIRCULAR_FLOW, CIRCULAR_MAX, FULL_MONTHS);
    Feature p2p = risk(findings, BankFinding.P2P_MANIPULATION, P2P_MAX, FULL_P2P_MONTHS);
    Feature balance = risk(findings, BankFinding.WINDOW_DRESSING, BALANCE_MAX, FULL_MONTHS);
    double sum = circular.value() + p2p.value() + balance.value();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(FeatureVector.CIRCULAR_TRANSACTION_RISK, circular.value());
    inputs.put(FeatureVector.P2P_MANIPULATION_RISK, p2p.value());
    inputs.put(FeatureVector.BALANCE_MANIPULATION_RISK, balance.value());
    Map<String, Feature> out = new LinkedHashMap<>();
    out.put(FeatureVector.CIRCULAR_TRANSACTION_RISK, circular);
    out.put(FeatureVector.P2P_MANIPULATION_RISK, p2p);
    out.put(FeatureVector.BALANCE_MANIPULATION_RISK, balance);
    out.put(
        FeatureVector.MANIPULATION_RISK_SCORE, Feature.of(Feature.round(Math.min(1, sum)), inputs));
    return out;
  }

  private static Feature risk(List<BankFinding> findings, String code, double max, int full) {
    int months = 0;
    int entries = 0;
    for (BankFinding f : findings) {
      if (f.code().equals(code)) {
        months = Math.max(months, f.months().size());
        entries += f.transactionIds().size();
      }
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("pattern", code);
    inputs.put("months", months);
    inputs.put("transactions", entries);
    return Feature.of(Feature.round(max * Math.min(1.0, months / (double) full)), inputs);
  }
}
