package dev.saakh.core.analytics;

import dev.saakh.core.fraud.GstFraud;
import dev.saakh.core.fraud.GstFraudReport;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code gst_summary} report: turnover by month (GSTR-3B taxable value) and by financial year,
 * growth, volatility, filing discipline, the GSTR-1 vs GSTR-3B gap, the ITC ratio, GST turnover
 * against bank business credits, and the fraud indicators. Months run from the first to the last
 * period filed; a month in between without a GSTR-3B is listed as missing, never as zero.
 *
 * <p>Without any return (a consumer, or a firm that never filed) every figure is null, amounts
 * included: a total of 0.00 would claim a turnover of nothing was filed. Counts stay 0.
 *
 * @param firstPeriod first period with a return, null without returns
 * @param totalTurnover GSTR-3B taxable value summed, null without returns
 * @param lateFees late fees paid, null without returns
 * @param interest interest paid on late tax, null without returns
 * @param missingMonths months in the window without a GSTR-3B (gaps in the data)
 * @param growth last twelve months' turnover ÷ first twelve months' (needs 24 months with data)
 * @param volatility coefficient of variation of monthly turnover (needs 3 months)
 * @param onTimeRate share of all returns filed on or before their due date
 * @param gstr1VsGstr3bGap mean |GSTR-1 − GSTR-3B| ÷ GSTR-3B turnover over months with both
 * @param itcRatio total ITC claimed ÷ total output tax, GSTR-3B
 * @param gstVsBankGap |GST turnover − bank business credits| ÷ bank credits, over bank months
 * @param notes why a figure is null
 */
public record GstSummary(
    YearMonth firstPeriod,
    YearMonth lastPeriod,
    int months,
    int returnsFiled,
    List<YearMonth> missingMonths,
    List<Month> monthly,
    Map<String, Money> turnoverByFinancialYear,
    Money totalTurnover,
    Double growth,
    Double volatility,
    Double onTimeRate,
    Double averageDelayDays,
    Double gstr1VsGstr3bGap,
    Double itcRatio,
    Double gstVsBankGap,
    int nilReturns,
    Money lateFees,
    Money interest,
    GstFraudReport fraud,
    List<String> notes) {

  /** One month: GSTR-3B turnover, tax and ITC, and GSTR-1 turnover; null where not filed. */
  public record Month(
      YearMonth period, Money turnover, Money outputTax, Money itcClaimed, Money gstr1Turnover) {}

  public GstSummary {
    missingMonths = List.copyOf(missingMonths);
    monthly = List.copyOf(monthly);
    turnoverByFinancialYear =
        java.util.Collections.unmodifiableMap(new TreeMap<>(turnoverByFinancialYear));
    Objects.requireNonNull(fraud, "fraud");
    notes = List.copyOf(notes);
  }

  /** The report over {@code returns}, compared with bank business credits per covered month. */
  public static GstSummary of(List<GstReturn> returns, Map<YearMonth, Money> bankCredits) {
    return GstSummaries.build(returns, bankCredits, GstFraud.detect(returns, bankCredits));
  }

  /** India's financial year of a month, e.g. {@code FY2025-26} for 2025-04 … 2026-03. */
  public static String financialYear(YearMonth m) {
    int start = m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
    return "FY" + start + "-" + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100);
  }

  static boolean isTurnoverReturn(GstReturn r) {
    return r.returnType() == GstReturnType.GSTR3B;
  }

  static List<YearMonth> range(YearMonth from, YearMonth to) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }
}
