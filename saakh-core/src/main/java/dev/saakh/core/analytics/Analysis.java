package dev.saakh.core.analytics;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.BankOutliers;
import dev.saakh.core.fraud.BankPatterns;
import dev.saakh.core.fraud.BankTurnover;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the analytics reports over one customer's clean data. The bank window is the FI data range
 * of the consent the data is used under (by default the newest), else the span of the transactions.
 * For an MSME the cash-flow report reads the firm's own accounts only; directors' personal accounts
 * are theirs.
 *
 * <p>All ten reports of DESIGN §6 are produced; the behavioural features (per consumer and per
 * director) and several anomaly kinds are not built yet (see {@link AnomaliesReport}).
 */
public final class Analysis {
  private Analysis() {}

  /** The reports by name, in DESIGN §6 order; the window is the newest consent's FI data range. */
  public static Map<String, Object> run(CustomerData data) {
    ConsentArtefact newest =
        data.consents().stream()
            .max(Comparator.comparing(ConsentArtefact::consentStart))
            .orElse(null);
    return run(data, newest);
  }

  /**
   * As {@link #run(CustomerData)}, the bank window being {@code consent}'s FI data range (the
   * consent the data is used under), or the span of the transactions when {@code consent} is null.
   */
  public static Map<String, Object> run(CustomerData data, ConsentArtefact consent) {
    List<Transaction> own = ownTransactions(data);
    LocalDate[] window = window(consent, own);
    TransactionSummary txns =
        TransactionSummary.of(own, window[0], window[1], TransactionSummary.DEFAULT_CHECK_DAYS);
    GstSummary gst =
        GstSummary.of(data.gst(), BankTurnover.monthly(data.transactions(), data.accounts()));
    EarningsSpendings earnings = EarningsSpendings.of(own, window[0], window[1]);
    CreditSummary credit = CreditSummary.of(data.creditReports(), earnings.averageMonthlyIncome());
    HoldingsSummary.Funds funds = HoldingsSummary.funds(data.mutualFunds());
    HoldingsSummary.Insurance insurance = HoldingsSummary.insurance(data.policies());
    NetworkSummary.Ocen ocen = NetworkSummary.ocen(data.ocenApplications(), window[1]);
    AnomaliesReport anomalies = AnomaliesReport.of(gst.fraud(), findings(data.transactions(), own));
    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put("transaction_summary", txns);
    reports.put("gst_summary", gst);
    reports.put("credit_summary", credit);
    reports.put("mutual_funds_summary", funds);
    reports.put("insurance_summary", insurance);
    reports.put("ocen_summary", ocen);
    reports.put("ondc_summary", NetworkSummary.ondc(data.ondcOrders()));
    reports.put("earnings_spendings", earnings);
    reports.put(
        "overall_summary",
        OverallSummary.of(
            data,
            txns,
            earnings,
            gst,
            credit,
            funds,
            insurance,
            ocen,
            anomalies,
            behaviour(data, window[0], window[1])));
    reports.put("anomalies_report", anomalies);
    return reports;
  }

  /** A consumer's features over all its entries; an MSME's per director. */
  private static OverallSummary.Behaviour behaviour(
      CustomerData data, LocalDate from, LocalDate to) {
    boolean msme = !data.customers().isEmpty() && data.customers().get(0).segment() == Segment.MSME;
    if (msme) {
      return new OverallSummary.Behaviour(null, DirectorSignals.of(data, from, to));
    }
    return new OverallSummary.Behaviour(
        BehaviouralFeatures.of(data.transactions(), from, to), List.of());
  }

  /** Manipulation patterns over all accounts; outliers over the customer's own accounts. */
  private static List<BankFinding> findings(List<Transaction> all, List<Transaction> own) {
    List<BankFinding> out = new java.util.ArrayList<>(BankPatterns.detect(all));
    out.addAll(BankOutliers.detect(own));
    out.addAll(dev.saakh.core.fraud.StatementTrends.detect(own));
    return out;
  }

  /** An MSME's business-account entries, or every entry of a consumer. */
  static List<Transaction> ownTransactions(CustomerData data) {
    Set<String> business =
        data.accounts().stream()
            .filter(a -> a.holderRole() == HolderRole.BUSINESS)
            .map(Account::accountId)
            .collect(Collectors.toSet());
    if (business.isEmpty()) {
      return data.transactions();
    }
    return data.transactions().stream().filter(t -> business.contains(t.accountId())).toList();
  }

  private static LocalDate[] window(ConsentArtefact consent, List<Transaction> txns) {
    if (consent != null) {
      return new LocalDate[] {consent.fiDataFrom(), consent.fiDataTo()};
    }
    LocalDate first =
        txns.stream().map(Transaction::date).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    LocalDate last =
        txns.stream().map(Transaction::date).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    return new LocalDate[] {first, last};
  }
}
