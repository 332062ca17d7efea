package dev.saakh.core.analytics;

import dev.saakh.core.money.Money;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;
import dev.saakh.core.ondc.OrderRole;
import dev.saakh.core.ondc.OrderState;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code ocen_summary} and {@code ondc_summary} reports: loan-seeking behaviour on OCEN
 * (applications, approvals, amounts, stacking) and commerce on ONDC (orders, value, cancellations).
 */
public final class NetworkSummary {
  /** Applications within this many days of the as-of date count towards stacking. */
  static final int STACKING_DAYS = 90;

  static final int STACKING_APPLICATIONS = 3;

  private NetworkSummary() {}

  /**
   * @param approvalRate applications a lender offered or granted (OFFERED, GRANTED, DISBURSED,
   *     CLOSED) ÷ applications decided (those plus REJECTED); null when none is decided
   * @param stacking {@value #STACKING_APPLICATIONS} or more applications in the last {@value
   *     #STACKING_DAYS} days
   */
  public record Ocen(
      int applications,
      Map<String, Integer> byStatus,
      Double approvalRate,
      Money requested,
      Money offered,
      int disbursed,
      int lendersLast180Days,
      int applicationsLast90Days,
      boolean stacking) {}

  /**
   * @param cancellationRate cancelled ÷ all orders; null without orders
   * @param completedValue the quote totals of completed orders
   */
  public record Ondc(
      int orders,
      int asSeller,
      int asBuyer,
      Map<String, Integer> byState,
      Double cancellationRate,
      Money completedValue,
      Map<YearMonth, Integer> ordersByMonth) {}

  public static Ocen ocen(List<LoanApplication> apps, LocalDate asOf) {
    Map<String, Integer> byStatus = new TreeMap<>();
    int approved = 0;
    int decided = 0;
    int disbursed = 0;
    int recent = 0;
    long requested = 0;
    long offered = 0;
    Set<String> lenders = new HashSet<>();
    for (LoanApplication a : apps) {
      byStatus.merge(a.status().name(), 1, Integer::sum);
      boolean yes =
          a.status() != ApplicationStatus.CREATED && a.status() != ApplicationStatus.REJECTED;
      approved += yes ? 1 : 0;
      decided += yes || a.status() == ApplicationStatus.REJECTED ? 1 : 0;
      boolean paidOut =
          a.status() == ApplicationStatus.DISBURSED || a.status() == ApplicationStatus.CLOSED;
      disbursed += paidOut ? 1 : 0;
      requested += a.amountRequested().paise();
      offered += a.amountOffered() == null ? 0 : a.amountOffered().paise();
      long age = asOf.toEpochDay() - a.createdDate().toEpochDay();
      recent += age >= 0 && age <= STACKING_DAYS ? 1 : 0;
      if (age >= 0 && age <= 180) {
        lenders.add(a.lender());
      }
    }
    return new Ocen(
        apps.size(),
        byStatus,
        decided == 0 ? null : (double) approved / decided,
        Money.ofPaise(requested),
        Money.ofPaise(offered),
        disbursed,
        lenders.size(),
        recent,
        recent >= STACKING_APPLICATIONS);
  }

  public static Ondc ondc(List<OndcOrder> orders) {
    Map<String, Integer> byState = new TreeMap<>();
    Map<YearMonth, Integer> byMonth = new TreeMap<>();
    int seller = 0;
    int cancelled = 0;
    long completed = 0;
    for (OndcOrder o : orders) {
      byState.merge(o.state().becknName(), 1, Integer::sum);
      byMonth.merge(YearMonth.from(o.createdAt()), 1, Integer::sum);
      seller += o.role() == OrderRole.SELLER ? 1 : 0;
      cancelled += o.state() == OrderState.CANCELLED ? 1 : 0;
      completed += o.state() == OrderState.COMPLETED ? o.quoteTotal().paise() : 0;
    }
    return new Ondc(
        orders.size(),
        seller,
        orders.size() - seller,
        byState,
        orders.isEmpty() ? null : (double) cancelled / orders.size(),
        Money.ofPaise(completed),
        byMonth);
  }
}
