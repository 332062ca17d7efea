package dev.saakh.synth.gst;

import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.money.Money;
import dev.saakh.synth.business.Business;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Files a business's monthly returns: due dates by law, filing delays by profile, ITC and tax paid,
 * interest at 18% a year on late tax, late fee ₹50 a day (₹20 for a nil return) capped at ₹10,000
 * per return. A return whose filing date falls after the as-of date has not been filed yet and is
 * absent: a gap, never a nil return.
 */
public final class GstFilings {
  static final long LATE_FEE_PER_DAY = 50_00;
  static final long NIL_LATE_FEE_PER_DAY = 20_00;
  static final long LATE_FEE_CAP = 10_000_00;

  private GstFilings() {}

  public static List<GstReturn> file(
      String customerId, String gstin, Profile profile, Business business, Window window, Rng rng) {
    List<GstReturn> returns = new ArrayList<>();
    double itcShare = profile == Profile.FRAUD ? rng.uniform(0.96, 0.99) : rng.uniform(0.55, 0.85);
    for (int i = 0; i < window.gstMonths(); i++) {
      YearMonth period = window.gstPeriod(i);
      if (profile != Profile.STABLE_INCOME && profile != Profile.FRAUD && rng.chance(0.015)) {
        continue; // a month the business did not file at all
      }
      long taxable = business.declaredTurnover()[i];
      long output = Math.round(taxable * business.gstRate());
      int invoices = (int) Math.max(1, taxable / Math.round(rng.uniform(15_000, 60_000) * 100));
      int delay3b = delay(profile, rng);
      int delay1 = Math.min(delay3b, delay(profile, rng));
      add(
          returns,
          customerId,
          gstin,
          GstReturnType.GSTR1,
          period,
          delay1,
          taxable,
          output,
          null,
          null,
          invoices,
          window);
      long itc = Math.round(output * itcShare * rng.jitter(profile == Profile.FRAUD ? 0.01 : 0.08));
      itc = Math.min(itc, output);
      add(
          returns,
          customerId,
          gstin,
          GstReturnType.GSTR3B,
          period,
          delay3b,
          taxable,
          output,
          itc,
          output - itc,
          null,
          window);
    }
    return returns;
  }

  /** Days after the due date a return is filed (negative: early). */
  private static int delay(Profile profile, Rng rng) {
    double r = rng.nextDouble();
    return switch (profile) {
      case FRAUD -> r < 0.8 ? rng.between(31, 75) : rng.between(0, 20);
      case STABLE_INCOME -> rng.between(-8, 0);
      case DECLINING, HIGH_DEBT -> r < 0.65 ? rng.between(-6, 0) : rng.between(1, 25);
      default -> r < 0.85 ? rng.between(-8, 0) : rng.between(1, 12);
    };
  }

  private static void add(
      List<GstReturn> out,
      String customerId,
      String gstin,
      GstReturnType type,
      YearMonth period,
      int delay,
      long taxable,
      long output,
      Long itc,
      Long cash,
      Integer invoices,
      Window window) {
    LocalDate due = period.plusMonths(1).atDay(type.dueDayOfNextMonth());
    LocalDate filed = due.plusDays(delay);
    if (filed.isAfter(window.asOf())) {
      return;
    }
    boolean nil = taxable == 0;
    long daysLate = Math.max(0, delay);
    long fee = Math.min(LATE_FEE_CAP, daysLate * (nil ? NIL_LATE_FEE_PER_DAY : LATE_FEE_PER_DAY));
    long interest = cash == null ? 0 : Math.round(cash * 0.18 * daysLate / 365.0);
    String id =
        String.format(
            Locale.ROOT,
            "%s-%s-%d%02d",
            customerId,
            type,
            period.getYear(),
            period.getMonthValue());
    out.add(
        new GstReturn(
            id,
            customerId,
            gstin,
            type,
            period,
            due,
            filed,
            Money.ofPaise(taxable),
            Money.ofPaise(output),
            itc == null ? null : Money.ofPaise(itc),
            cash == null ? null : Money.ofPaise(cash),
            Money.ofPaise(interest),
            Money.ofPaise(fee),
            invoices,
            nil));
  }
}
