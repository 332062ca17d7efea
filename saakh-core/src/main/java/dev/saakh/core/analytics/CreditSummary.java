package dev.saakh.core.analytics;

import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.bureau.Enquiry;
import dev.saakh.core.bureau.Tradeline;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code credit_summary} report from the latest bureau report: score (or why there is none),
 * open accounts, outstanding, overdue, monthly obligations and FOIR against the income the bank
 * statements show, worst days past due over 12 and 36 months, and enquiries in 6 and 12 months.
 *
 * @param foir monthly obligations ÷ monthly income; null without a known income
 * @param worstDpd12 the highest DPD of any account in the 12 most recent months of its grid
 */
public record CreditSummary(
    String reportId,
    String bureau,
    LocalDate reportDate,
    Integer score,
    String scoreNote,
    int openAccounts,
    int closedAccounts,
    Money sanctionedOpen,
    Money outstanding,
    Money overdue,
    Money monthlyObligations,
    Double foir,
    int worstDpd12,
    int worstDpd36,
    int enquiries6m,
    int enquiries12m,
    Map<String, Integer> openByType,
    List<String> notes) {

  public CreditSummary {
    openByType = java.util.Collections.unmodifiableMap(new TreeMap<>(openByType));
    notes = List.copyOf(notes);
  }

  /** The summary of the latest report, with FOIR against {@code monthlyIncome} when known. */
  public static CreditSummary of(List<CreditReport> reports, Money monthlyIncome) {
    List<String> notes = new ArrayList<>();
    if (reports.isEmpty()) {
      notes.add("no bureau report: every figure is empty");
      return new CreditSummary(
          null,
          null,
          null,
          null,
          "no report",
          0,
          0,
          Money.ofPaise(0),
          Money.ofPaise(0),
          Money.ofPaise(0),
          Money.ofPaise(0),
          null,
          0,
          0,
          0,
          0,
          Map.of(),
          notes);
    }
    CreditReport r =
        reports.stream().max(Comparator.comparing(CreditReport::reportDate)).orElseThrow();
    Lines l = new Lines(r.accounts());
    Double foir = null;
    if (monthlyIncome == null || monthlyIncome.paise() <= 0) {
      notes.add("FOIR: no monthly income known from the bank statements");
    } else {
      foir = (double) l.emi / monthlyIncome.paise();
    }
    boolean scored = r.score() >= 300;
    return new CreditSummary(
        r.reportId(),
        r.bureau(),
        r.reportDate(),
        scored ? r.score() : null,
        scored
            ? null
            : r.score() == -1 ? "no credit history (-1)" : "thin file (" + r.score() + ")",
        l.open,
        r.accounts().size() - l.open,
        Money.ofPaise(l.sanctioned),
        Money.ofPaise(l.outstanding),
        Money.ofPaise(l.overdue),
        Money.ofPaise(l.emi),
        foir,
        l.worst12,
        l.worst36,
        enquiries(r, 6),
        enquiries(r, 12),
        l.byType,
        notes);
  }

  /** Totals over the tradelines: open ones for amounts, all of them for DPD and overdue. */
  private static final class Lines {
    long sanctioned;
    long outstanding;
    long overdue;
    long emi;
    int open;
    int worst12;
    int worst36;
    final Map<String, Integer> byType = new TreeMap<>();

    Lines(List<Tradeline> lines) {
      for (Tradeline t : lines) {
        overdue += t.overdueAmount().paise();
        worst12 = Math.max(worst12, worst(t.dpdGrid(), 12));
        worst36 = Math.max(worst36, worst(t.dpdGrid(), 36));
        if (t.isOpen()) {
          open++;
          sanctioned += t.sanctionedAmount().paise();
          outstanding += t.currentBalance().paise();
          emi += t.emi().paise();
          byType.merge(t.accountType().name(), 1, Integer::sum);
        }
      }
    }
  }

  private static int worst(List<Integer> grid, int months) {
    int w = 0;
    for (int i = 0; i < Math.min(months, grid.size()); i++) {
      Integer d = grid.get(i);
      w = d == null ? w : Math.max(w, d);
    }
    return w;
  }

  private static int enquiries(CreditReport r, int months) {
    LocalDate since = r.reportDate().minusMonths(months);
    int n = 0;
    for (Enquiry e : r.enquiries()) {
      n += e.date().isAfter(since) && !e.date().isAfter(r.reportDate()) ? 1 : 0;
    }
    return n;
  }
}
