package dev.saakh.core.features;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.BankPatterns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the behavioural {@link FeatureVector} of one person's statement (DESIGN §6). The same
 * code serves a consumer's accounts and an MSME director's personal accounts: pass that person's
 * clean entries (in statement order per account) and the window asked for (a consent's FI data
 * range). Features are computed over the part of that window the statement covers, from its first
 * to its last entry there; entries before it only set opening balances, entries after it are
 * ignored.
 */
public final class BehaviouralFeatures {
  private BehaviouralFeatures() {}

  public static FeatureVector of(List<Transaction> txns, LocalDate from, LocalDate to) {
    Objects.requireNonNull(txns, "txns");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
    }
    Ledger l = new Ledger(txns, from, to);
    List<BankFinding> findings = BankPatterns.detect(l.inWindow);
    Map<String, Feature> f = new LinkedHashMap<>();
    f.put(FeatureVector.SALARY_RETENTION_RATIO, SalaryFeatures.retention(l));
    f.put(FeatureVector.WEEK1_VS_WEEK4_SPENDING_RATIO, SpendingFeatures.week1VsWeek4(l));
    f.put(FeatureVector.IMPULSE_SPENDING_SCORE, SpendingFeatures.impulse(l));
    f.put(FeatureVector.UPI_VOLUME_SPIKE_SCORE, SpendingFeatures.upiSpike(l));
    f.put(FeatureVector.AVG_BALANCE_DROP_RATE, SalaryFeatures.balanceDrop(l));
    f.put(FeatureVector.INFLOW_TIME_CONSISTENCY, SalaryFeatures.inflowConsistency(l));
    f.putAll(ManipulationFeatures.of(findings));
    return new FeatureVector(l.from, l.to, new ArrayList<>(l.accounts), l.inWindow.size(), f);
  }
}
