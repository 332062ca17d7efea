package dev.saakh.core.analytics;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.fraud.BankTurnover;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the analytics reports over one customer's clean data. The bank window is the consent's FI
 * data range when there is a consent, else the span of the transactions. For an MSME the cash-flow
 * report reads the firm's own accounts only; directors' personal accounts are theirs.
 *
 * <p>Reports so far: {@code transaction_summary}, {@code gst_summary}, {@code credit_summary},
 * {@code mutual_funds_summary}, {@code insurance_summary}, {@code ocen_summary}, {@code
 * ondc_summary}, {@code earnings_spendings}. Still to come: {@code overall_summary}, {@code
 * anomalies_report}.
 */
public final class Analysis {
  private Analysis() {}

  /** The reports by name, in DESIGN §6 order. */
  public static Map<String, Object> run(CustomerData data) {
    List<Transaction> own = ownTransactions(data);
    LocalDate[] window = window(data, own);
    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put(
        "transaction_summary",
        TransactionSummary.of(own, window[0], window[1], TransactionSummary.DEFAULT_CHECK_DAYS));
    reports.put(
        "gst_summary",
        GstSummary.of(data.gst(), BankTurnover.monthly(data.transactions(), data.accounts())));
    EarningsSpendings earnings = EarningsSpendings.of(own, window[0], window[1]);
    reports.put(
        "credit_summary", CreditSummary.of(data.creditReports(), earnings.averageMonthlyIncome()));
    reports.put("mutual_funds_summary", HoldingsSummary.funds(data.mutualFunds()));
    reports.put("insurance_summary", HoldingsSummary.insurance(data.policies()));
    reports.put("ocen_summary", NetworkSummary.ocen(data.ocenApplications(), window[1]));
    reports.put("ondc_summary", NetworkSummary.ondc(data.ondcOrders()));
    reports.put("earnings_spendings", earnings);
    return reports;
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

  private static LocalDate[] window(CustomerData data, List<Transaction> txns) {
    ConsentArtefact consent =
        data.consents().stream()
            .max(Comparator.comparing(ConsentArtefact::consentStart))
            .orElse(null);
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
