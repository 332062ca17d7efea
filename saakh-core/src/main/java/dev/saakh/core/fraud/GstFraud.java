package dev.saakh.core.fraud;

import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GST fraud indicators of DESIGN §6, per return: {@code itc_ratio_high} (a GSTR-3B claiming
 * input tax credit above 95% of its output tax), {@code late_filing} (filed more than 30 days after
 * its due date), {@code turnover_mismatch} (a GSTR-3B's turnover and the month's bank business
 * credits differ by more than 50% of those credits). Thresholds are the design's; a month without
 * bank data is never a mismatch. Pure and deterministic.
 */
public final class GstFraud {
  static final double ITC_RATIO = 0.95;
  static final int LATE_DAYS = 30;
  static final double MISMATCH = 0.50;
  static final int HIGH_ABOVE = 5;

  /** The largest gap reported; a month of GST turnover and no bank credits at all shows as this. */
  static final double MAX_GAP = 99.99;

  private GstFraud() {}

  /**
   * @param bankBusinessCredits business credits per month from the bank statements; months absent
   *     from the map had no bank data
   */
  public static GstFraudReport detect(
      List<GstReturn> returns, Map<YearMonth, Money> bankBusinessCredits) {
    List<GstReturn> ordered = new ArrayList<>(returns);
    ordered.sort(
        Comparator.comparing(GstReturn::period)
            .thenComparing(GstReturn::returnType)
            .thenComparing(GstReturn::returnId));
    List<GstFraudReport.FlaggedReturn> flagged = new ArrayList<>();
    int count = 0;
    for (GstReturn r : ordered) {
      List<GstIndicator> found = indicators(r, bankBusinessCredits);
      if (!found.isEmpty()) {
        flagged.add(
            new GstFraudReport.FlaggedReturn(
                r.returnId(), r.period(), r.returnType().name(), found));
        count += found.size();
      }
    }
    GstFraudReport.Severity severity =
        count > HIGH_ABOVE
            ? GstFraudReport.Severity.HIGH
            : count > 0 ? GstFraudReport.Severity.MEDIUM : GstFraudReport.Severity.NONE;
    String summary =
        String.format(
            Locale.ROOT,
            "Detected %d fraud indicators across %d GST returns",
            count,
            ordered.size());
    return new GstFraudReport(
        ordered.size(),
        count,
        severity,
        summary,
        flagged,
        List.copyOf(new TreeMap<>(bankBusinessCredits).keySet()));
  }

  static List<GstIndicator> indicators(GstReturn r, Map<YearMonth, Money> bank) {
    List<GstIndicator> out = new ArrayList<>(0);
    if (r.returnType() == GstReturnType.GSTR3B
        && r.itcClaimed() != null
        && r.outputTax().amount().signum() > 0) {
      double ratio = ratio(r.itcClaimed().amount(), r.outputTax().amount());
      if (ratio > ITC_RATIO) {
        out.add(
            new GstIndicator(
                GstIndicator.ITC_RATIO_HIGH,
                ratio,
                ITC_RATIO,
                String.format(
                    Locale.ROOT,
                    "ITC claimed is %.1f%% of output tax (above %.0f%%)",
                    ratio * 100,
                    ITC_RATIO * 100)));
      }
    }
    if (r.daysLate() > LATE_DAYS) {
      out.add(
          new GstIndicator(
              GstIndicator.LATE_FILING,
              r.daysLate(),
              LATE_DAYS,
              String.format(
                  Locale.ROOT, "filed %d days after the due date %s", r.daysLate(), r.dueDate())));
    }
    Money credits = bank.get(r.period());
    if (r.returnType() == GstReturnType.GSTR3B && credits != null) {
      BigDecimal gst = r.taxableValue().amount();
      BigDecimal banked = credits.amount();
      double gap =
          banked.signum() > 0
              ? ratio(gst.subtract(banked).abs(), banked)
              : gst.signum() > 0 ? MAX_GAP : 0;
      gap = Math.min(gap, MAX_GAP);
      if (gap > MISMATCH) {
        out.add(
            new GstIndicator(
                GstIndicator.TURNOVER_MISMATCH,
                gap,
                MISMATCH,
                String.format(
                    Locale.ROOT,
                    "GST turnover %s vs bank business credits %s in %s: %.0f%% apart",
                    r.taxableValue(),
                    credits,
                    r.period(),
                    gap * 100)));
      }
    }
    return out;
  }

  private static double ratio(BigDecimal a, BigDecimal b) {
    return a.doubleValue() / b.doubleValue();
  }
}
