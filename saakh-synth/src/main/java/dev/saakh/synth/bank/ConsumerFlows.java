package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.customer.Customer;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.catalog.Merchant;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.profile.Profile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A consumer's income (salary, or gig payouts) and spending, month by month. */
final class ConsumerFlows {
  private static final String[] GIG_PLATFORMS = {
    "SWIGGY PAYOUTS",
    "ZOMATO PAYOUTS",
    "UBER INDIA PAYOUTS",
    "URBAN COMPANY",
    "RAPIDO PAYOUTS",
    "DUNZO DAILY"
  };
  private final Planner p;
  private final Profile profile;
  private final long salary;
  private final int employer;
  private final int[] platforms;
  private final Spending spending;
  private final double spendRatio;

  ConsumerFlows(Planner p, Customer customer, Profile profile) {
    this.p = p;
    this.profile = profile;
    this.salary = Math.round(p.rng.logUniform(25_000, 250_000)) / 100 * 10_000;
    this.employer =
        p.party(
            Parties.institution(
                customer.employer() == null ? "EMPLOYER" : customer.employer(),
                PartyKind.EMPLOYER,
                p.rng));
    this.platforms = new int[p.rng.between(2, 4)];
    for (int i = 0; i < platforms.length; i++) {
      platforms[i] =
          p.party(
              Parties.institution(
                  GIG_PLATFORMS[(i + p.rng.nextInt(GIG_PLATFORMS.length)) % GIG_PLATFORMS.length],
                  PartyKind.BUSINESS,
                  p.rng));
    }
    Spending.Style style =
        switch (profile) {
          case IMPULSE_SPENDER -> Spending.Style.IMPULSE;
          case OVER_LEVERAGED -> Spending.Style.LEVERAGED;
          default -> Spending.Style.STEADY;
        };
    this.spending = new Spending(p, 0, style, salary);
    this.spendRatio =
        switch (profile) {
          case IMPULSE_SPENDER -> p.rng.uniform(0.85, 0.98);
          case OVER_LEVERAGED -> p.rng.uniform(0.45, 0.6);
          case GIG_INCOME -> p.rng.uniform(0.7, 0.85);
          default -> p.rng.uniform(0.55, 0.75);
        };
  }

  long monthlyIncome() {
    return salary;
  }

  void month(int m) {
    YearMonth month = p.window.bankMonth(m);
    List<LocalDate> incomeDays = new ArrayList<>();
    long income = 0;
    if (profile == Profile.GIG_INCOME) {
      income = gigIncome(month, incomeDays);
    } else {
      LocalDate payday = payday(month);
      p.credit(payday, 0, salary, Channel.NEFT, Category.INCOME_SALARY, employer);
      incomeDays.add(payday);
      income = salary;
    }
    spending.month(month, Math.round(income * spendRatio), incomeDays);
    if (p.rng.chance(0.25)) {
      Merchant m1 =
          p.rng.pick(
              List.of(Spending.find("AMAZON"), Spending.find("FLIPKART"), Spending.find("MYNTRA")));
      p.credit(
          p.dayIn(month),
          0,
          Math.round(m1.typicalRupees() * p.rng.uniform(0.3, 1.2)) * 100,
          Channel.UPI,
          Category.INCOME_REFUND,
          p.merchant(m1));
    }
    if (month.getMonthValue() % 3 == 0) {
      p.credit(
          month.atEndOfMonth(),
          0,
          Math.max(100, Math.round(salary * p.rng.uniform(0.002, 0.01))),
          Channel.INTEREST,
          Category.INCOME_INTEREST,
          -1);
    }
    if (profile == Profile.IMPULSE_SPENDER && p.rng.chance(0.2)) {
      Merchant crypto = Catalog.merchantsIn(Category.CRYPTO).get(0);
      p.debit(
          p.dayIn(month),
          0,
          Math.round(salary * p.rng.uniform(0.05, 0.15)),
          Channel.UPI,
          Category.CRYPTO,
          p.merchant(crypto));
    }
  }

  /** 8–22 platform payouts on random days; returns their total. */
  private long gigIncome(YearMonth month, List<LocalDate> incomeDays) {
    long income = 0;
    int payouts = p.rng.between(8, 22);
    long target = Math.round(salary * p.rng.jitter(0.35));
    for (int i = 0; i < payouts; i++) {
      LocalDate day = p.dayIn(month);
      long amount =
          Math.max(20_000, Math.round(target * p.rng.uniform(0.5, 1.5) / payouts / 100) * 100);
      p.credit(
          day,
          0,
          amount,
          p.rng.chance(0.7) ? Channel.IMPS : Channel.NEFT,
          Category.INCOME_BUSINESS,
          platforms[p.rng.nextInt(platforms.length)]);
      incomeDays.add(day);
      income += amount;
    }
    return income;
  }

  /** Salaries land on the last working day of the month, sometimes the 1st of the next. */
  private LocalDate payday(YearMonth month) {
    LocalDate day = month.atEndOfMonth();
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }
}
