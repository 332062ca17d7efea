package dev.saakh.core.analytics;

import dev.saakh.core.fraud.GstFraudReport;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link GstSummary}; the arithmetic, kept apart from the report's shape. */
final class GstSummaries {
  static final int GROWTH_MONTHS = 12;
  static final int MIN_VOLATILITY_MONTHS = 3;

  private GstSummaries() {}

  static GstSummary build(
      List<GstReturn> returns, Map<YearMonth, Money> bank, GstFraudReport fraud) {
    List<String> notes = new ArrayList<>();
    if (returns.isEmpty()) {
      notes.add("no GST returns: every figure is null");
      return new GstSummary(
          null, null, 0, 0, List.of(), List.of(), Map.of(), null, null, null, null, null, null,
          null, null, 0, null, null, fraud, notes);
    }
    Filing f = new Filing(returns);
    Series m = new Series(f);
    return new GstSummary(
        f.first,
        f.last,
        m.months.size(),
        f.g3b.size(),
        m.missing,
        m.monthly,
        m.byYear,
        Money.ofPaise(m.total),
        growth(f.g3b, notes),
        volatility(m.turnovers, notes),
        (double) f.onTime / returns.size(),
        f.late == 0 ? 0.0 : (double) f.delay / f.late,
        gap(f.g1, f.g3b, notes),
        itc(f.g3b, notes),
        bankGap(f.g3b, bank, notes),
        f.nil,
        Money.ofPaise(f.lateFees),
        Money.ofPaise(f.interest),
        fraud,
        notes);
  }

  /** The month-by-month view from the first to the last period: turnover, gaps, years. */
  private static final class Series {
    final List<YearMonth> months;
    final List<YearMonth> missing = new ArrayList<>();
    final List<GstSummary.Month> monthly = new ArrayList<>();
    final Map<String, Money> byYear = new TreeMap<>();
    final List<Double> turnovers = new ArrayList<>();
    long total;

    Series(Filing f) {
      months = GstSummary.range(f.first, f.last);
      for (YearMonth m : months) {
        GstReturn r = f.g3b.get(m);
        GstReturn one = f.g1.get(m);
        monthly.add(
            new GstSummary.Month(
                m,
                r == null ? null : r.taxableValue(),
                r == null ? null : r.outputTax(),
                r == null ? null : r.itcClaimed(),
                one == null ? null : one.taxableValue()));
        if (r == null) {
          missing.add(m);
          continue;
        }
        total += r.taxableValue().paise();
        turnovers.add(r.taxableValue().amount().doubleValue());
        byYear.merge(GstSummary.financialYear(m), r.taxableValue(), Money::plus);
      }
    }
  }

  /** One pass over the returns: by type and month, the period range, fees and punctuality. */
  private static final class Filing {
    final Map<YearMonth, GstReturn> g3b = new TreeMap<>();
    final Map<YearMonth, GstReturn> g1 = new TreeMap<>();
    long lateFees;
    long interest;
    int nil;
    int onTime;
    long delay;
    int late;
    YearMonth first;
    YearMonth last;

    Filing(List<GstReturn> returns) {
      for (GstReturn r : returns) {
        (r.returnType() == GstReturnType.GSTR3B ? g3b : g1).putIfAbsent(r.period(), r);
        first = first == null || r.period().isBefore(first) ? r.period() : first;
        last = last == null || r.period().isAfter(last) ? r.period() : last;
        lateFees += r.lateFee().paise();
        interest += r.interest().paise();
        nil += r.nilReturn() ? 1 : 0;
        if (r.daysLate() <= 0) {
          onTime++;
        } else {
          late++;
          delay += r.daysLate();
        }
      }
    }
  }

  private static Double growth(Map<YearMonth, GstReturn> g3b, List<String> notes) {
    if (g3b.size() < 2 * GROWTH_MONTHS) {
      notes.add("growth needs " + 2 * GROWTH_MONTHS + " months of GSTR-3B, has " + g3b.size());
      return null;
    }
    List<GstReturn> all = new ArrayList<>(g3b.values());
    double head = sum(all.subList(0, GROWTH_MONTHS));
    double tail = sum(all.subList(all.size() - GROWTH_MONTHS, all.size()));
    if (head <= 0) {
      notes.add("growth undefined: no turnover in the first twelve months");
      return null;
    }
    return tail / head;
  }

  private static double sum(List<GstReturn> returns) {
    double s = 0;
    for (GstReturn r : returns) {
      s += r.taxableValue().amount().doubleValue();
    }
    return s;
  }

  private static Double volatility(List<Double> values, List<String> notes) {
    if (values.size() < MIN_VOLATILITY_MONTHS) {
      notes.add("volatility needs " + MIN_VOLATILITY_MONTHS + " months of turnover");
      return null;
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    if (mean <= 0) {
      notes.add("volatility undefined: mean turnover is zero");
      return null;
    }
    double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();
    return Math.sqrt(var) / mean;
  }

  private static Double gap(
      Map<YearMonth, GstReturn> g1, Map<YearMonth, GstReturn> g3b, List<String> notes) {
    double sum = 0;
    int n = 0;
    for (Map.Entry<YearMonth, GstReturn> e : g3b.entrySet()) {
      GstReturn one = g1.get(e.getKey());
      double b = e.getValue().taxableValue().amount().doubleValue();
      if (one != null && b > 0) {
        sum += Math.abs(one.taxableValue().amount().doubleValue() - b) / b;
        n++;
      }
    }
    if (n == 0) {
      notes.add("GSTR-1 vs GSTR-3B gap: no month has both with turnover");
      return null;
    }
    return sum / n;
  }

  private static Double itc(Map<YearMonth, GstReturn> g3b, List<String> notes) {
    double itc = 0;
    double tax = 0;
    for (GstReturn r : g3b.values()) {
      itc += r.itcClaimed() == null ? 0 : r.itcClaimed().amount().doubleValue();
      tax += r.outputTax().amount().doubleValue();
    }
    if (tax <= 0) {
      notes.add("ITC ratio undefined: no output tax");
      return null;
    }
    return itc / tax;
  }

  private static Double bankGap(
      Map<YearMonth, GstReturn> g3b, Map<YearMonth, Money> bank, List<String> notes) {
    double gst = 0;
    double banked = 0;
    int n = 0;
    for (Map.Entry<YearMonth, Money> e : bank.entrySet()) {
      GstReturn r = g3b.get(e.getKey());
      if (r != null) {
        gst += r.taxableValue().amount().doubleValue();
        banked += e.getValue().amount().doubleValue();
        n++;
      }
    }
    if (n == 0 || banked <= 0) {
      notes.add("GST vs bank: no month with both GSTR-3B and bank business credits");
      return null;
    }
    return Math.abs(gst - banked) / banked;
  }
}
