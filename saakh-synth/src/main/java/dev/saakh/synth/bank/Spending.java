package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.catalog.Merchant;
import dev.saakh.synth.identity.Identity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's monthly spending from one savings account: the same routine serves a consumer and an
 * MSME director, with a style for how they spend.
 */
final class Spending {
  enum Style {
    STEADY,
    IMPULSE,
    LEVERAGED
  }

  private final Planner p;
  private final int acct;
  private final Style style;
  private final List<Integer> family = new ArrayList<>();
  private final int landlord;
  private final long rentPaise;
  private final int payCardDay;

  Spending(Planner p, int acct, Style style, long monthlyIncomePaise) {
    this.p = p;
    this.acct = acct;
    this.style = style;
    int relatives = p.rng.between(1, 3);
    for (int i = 0; i < relatives; i++) {
      family.add(p.party(Parties.person(Identity.personName(p.rng), p.rng)));
    }
    boolean renting = p.rng.chance(0.45);
    this.landlord = renting ? p.party(Parties.person(Identity.personName(p.rng), p.rng)) : -1;
    this.rentPaise =
        renting ? Math.round(monthlyIncomePaise * p.rng.uniform(0.15, 0.3) / 100_000) * 100_000 : 0;
    this.payCardDay = p.rng.between(3, 18);
  }

  /**
   * Spends about {@code budgetPaise} in {@code month}; {@code incomeDays} are when money came in.
   */
  void month(YearMonth month, long budgetPaise, List<LocalDate> incomeDays) {
    if (landlord >= 0) {
      LocalDate day = Planner.day(month, p.rng.between(1, 5));
      p.debit(
          day,
          acct,
          rentPaise,
          p.rng.chance(0.6) ? Channel.UPI : Channel.IMPS,
          Category.RENT,
          landlord);
    }
    fixedBills(month);
    long discretionary = Math.max(50_000, budgetPaise - rentPaise);
    int tickets =
        switch (style) {
          case STEADY -> p.rng.between(25, 45);
          case IMPULSE -> p.rng.between(50, 80);
          case LEVERAGED -> p.rng.between(30, 55);
        };
    double[] weights = new double[tickets];
    double total = 0;
    for (int i = 0; i < tickets; i++) {
      weights[i] = -Math.log(1 - p.rng.nextDouble());
      total += weights[i];
    }
    for (int i = 0; i < tickets; i++) {
      Merchant m = merchantFor(p.rng.nextDouble());
      long amount = Math.max(2_000, Math.round(discretionary * 0.8 * weights[i] / total));
      LocalDate day = spendDay(month, m.category(), incomeDays);
      Channel ch = p.rng.chance(0.8) ? Channel.UPI : Channel.POS;
      p.debit(day, acct, amount, ch, m.category(), p.merchant(m));
    }
    familyTransfers(month, discretionary / 10);
    atm(month);
    if (style != Style.STEADY || p.rng.chance(0.3)) {
      long card = Math.round(discretionary * (style == Style.STEADY ? 0.15 : 0.35));
      Merchant cred = Catalog.MERCHANTS.get(Catalog.MERCHANTS.size() - 1);
      p.debit(
          Planner.day(month, payCardDay),
          acct,
          card,
          Channel.UPI,
          Category.CREDIT_CARD,
          p.merchant(cred));
    }
  }

  private void fixedBills(YearMonth month) {
    Merchant phone = find(p.rng.chance(0.5) ? "AIRTEL" : "JIO");
    p.debit(
        Planner.day(month, p.rng.between(1, 10)),
        acct,
        phone.typicalRupees() * 100L,
        Channel.UPI,
        Category.UTILITIES,
        p.merchant(phone));
    Merchant power = find(p.rng.chance(0.5) ? "TATA POWER" : "BESCOM");
    long bill = Math.round(power.typicalRupees() * p.rng.jitter(0.3)) * 100;
    p.debit(
        Planner.day(month, p.rng.between(5, 15)),
        acct,
        bill,
        Channel.UPI,
        Category.UTILITIES,
        p.merchant(power));
    if (style != Style.LEVERAGED) {
      Merchant netflix = find("NETFLIX");
      p.debit(
          Planner.day(month, 2),
          acct,
          netflix.typicalRupees() * 100L,
          Channel.CARD,
          Category.ENTERTAINMENT,
          p.merchant(netflix));
    }
  }

  private void familyTransfers(YearMonth month, long budget) {
    int count = p.rng.between(1, 3);
    for (int i = 0; i < count; i++) {
      int who = family.get(p.rng.nextInt(family.size()));
      long amount =
          Math.max(50_000, Math.round(budget * p.rng.uniform(0.3, 1.0) / 50_000) * 50_000);
      p.debit(p.dayIn(month), acct, amount, Channel.UPI, Category.P2P_TRANSFER, who);
    }
  }

  private void atm(YearMonth month) {
    int count = p.rng.between(0, 2);
    for (int i = 0; i < count; i++) {
      long amount = p.rng.between(2, 10) * 500_00L;
      p.debit(p.dayIn(month), acct, amount, Channel.ATM, Category.CASH_WITHDRAWAL, -1);
    }
  }

  private Merchant merchantFor(double r) {
    Category wanted;
    if (style == Style.IMPULSE) {
      wanted =
          r < 0.30
              ? Category.SHOPPING
              : r < 0.55
                  ? Category.FOOD
                  : r < 0.68
                      ? Category.ENTERTAINMENT
                      : r < 0.76
                          ? Category.GAMBLING
                          : r < 0.88 ? Category.GROCERIES : Category.TRAVEL;
    } else {
      wanted =
          r < 0.30
              ? Category.GROCERIES
              : r < 0.48
                  ? Category.FOOD
                  : r < 0.62
                      ? Category.SHOPPING
                      : r < 0.75
                          ? Category.TRAVEL
                          : r < 0.86
                              ? Category.FUEL
                              : r < 0.94 ? Category.HEALTH : Category.ENTERTAINMENT;
    }
    return p.rng.pick(Catalog.merchantsIn(wanted));
  }

  private LocalDate spendDay(YearMonth month, Category category, List<LocalDate> incomeDays) {
    boolean discretionary =
        category == Category.SHOPPING
            || category == Category.FOOD
            || category == Category.ENTERTAINMENT
            || category == Category.GAMBLING;
    if (style == Style.IMPULSE && discretionary && !incomeDays.isEmpty() && p.rng.chance(0.75)) {
      LocalDate base = incomeDays.get(p.rng.nextInt(incomeDays.size()));
      LocalDate day = base.plusDays(p.rng.between(0, 2));
      return day.getMonth() == month.getMonth() ? day : base;
    }
    return p.dayIn(month);
  }

  static Merchant find(String name) {
    for (Merchant m : Catalog.MERCHANTS) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no merchant " + name);
  }
}
