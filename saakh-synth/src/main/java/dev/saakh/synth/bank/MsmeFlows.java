package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.synth.business.Business;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.catalog.Merchant;
import dev.saakh.synth.identity.Identity;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.profile.Profile;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** An MSME's business-account flows month by month: sales, suppliers, payroll, rent, GST, cash. */
final class MsmeFlows {
  private final Planner p;
  private final Customer customer;
  private final Profile profile;
  private final Business business;
  private final List<AccountPlan> accounts;
  private final int[] buyers;
  private final double[] buyerWeights;
  private final int[] suppliers;
  private final int[] employees;
  private final long[] salaries;
  private final int landlord;
  private final long rent;
  private final double supplierShare;
  private final double activity;
  private final int businessAccounts;

  MsmeFlows(
      Planner p,
      Customer customer,
      Profile profile,
      Business business,
      List<AccountPlan> accounts) {
    this.p = p;
    this.customer = customer;
    this.profile = profile;
    this.business = business;
    this.accounts = accounts;
    int n = 0;
    while (n < accounts.size() && accounts.get(n).holderIndex() < 0) {
      n++;
    }
    this.businessAccounts = n;
    this.buyers = businesses(p.rng.between(8, 40));
    this.buyerWeights = zipf(buyers.length);
    this.suppliers = businesses(p.rng.between(5, 25));
    long avg = business.averageTurnover();
    int staff = (int) Math.max(2, Math.min(25, avg / 300_000_00));
    this.employees = new int[staff];
    this.salaries = new long[staff];
    for (int i = 0; i < staff; i++) {
      employees[i] = p.party(Parties.person(Identity.personName(p.rng), p.rng));
      salaries[i] = p.rng.between(12, 38) * 1000_00L;
    }
    this.landlord = p.party(Parties.person(Identity.personName(p.rng), p.rng));
    this.rent = Math.round(avg * p.rng.uniform(0.02, 0.05) / 1000_00) * 1000_00 + 10_000_00;
    this.supplierShare = p.rng.uniform(0.55, 0.7);
    this.activity = p.rng.logUniform(12, 150);
  }

  private int[] businesses(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          p.party(
              Parties.business(
                  Identity.firmName(p.rng, dev.saakh.core.customer.Constitution.PARTNERSHIP),
                  p.rng));
    }
    return out;
  }

  private static double[] zipf(int n) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1.0 / (i + 1);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return w;
  }

  /**
   * Plans every business-account entry of bank month {@code m}; returns the month's sales paise.
   */
  long month(int m) {
    YearMonth month = p.window.bankMonth(m);
    int g = p.window.gstIndexOf(month);
    long sales = Math.round(business.grossSales(g) * p.rng.jitter(0.04));
    double scale = Math.sqrt((double) business.trueTurnover()[g] / business.averageTurnover());
    int credits = (int) Math.max(6, Math.min(450, Math.round(activity * scale)));
    sales(month, sales, credits);
    suppliers(month, Math.round(sales * supplierShare), Math.max(4, credits / 2));
    payroll(month);
    overheads(month, sales);
    return sales;
  }

  private void sales(YearMonth month, long total, int count) {
    long remaining = total;
    if (profile == Profile.CUSTOMER_CONCENTRATION) {
      long top = Math.round(total * p.rng.uniform(0.64, 0.75));
      int pieces = Math.max(2, count / 8);
      for (int i = 0; i < pieces; i++) {
        saleCredit(month, top / pieces, buyers[0]);
      }
      remaining -= top;
      count = Math.max(3, count - pieces);
    }
    double[] w = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      w[i] = -Math.log(1 - p.rng.nextDouble()) + 0.2;
      sum += w[i];
    }
    int first = profile == Profile.CUSTOMER_CONCENTRATION ? 1 : 0;
    for (int i = 0; i < count; i++) {
      long amount = Math.round(remaining * w[i] / sum);
      saleCredit(month, amount, buyers[pickBuyer(first)]);
    }
  }

  private int pickBuyer(int first) {
    double r = p.rng.nextDouble() * (1 - (first == 1 ? buyerWeights[0] : 0));
    for (int i = first; i < buyers.length; i++) {
      r -= buyerWeights[i];
      if (r < 0) {
        return i;
      }
    }
    return buyers.length - 1;
  }

  private void saleCredit(YearMonth month, long amount, int buyer) {
    amount = Math.max(50_000, Math.round(amount / 100.0) * 100);
    LocalDate day = p.dayIn(month);
    int acct = businessAccounts > 1 && p.rng.chance(0.25) ? 1 : 0;
    double r = p.rng.nextDouble();
    if (amount >= 2_00_000_00L && r < 0.5) {
      p.credit(day, acct, amount, Channel.RTGS, Category.INCOME_BUSINESS, buyer);
    } else if (r < 0.45) {
      p.credit(day, acct, amount, Channel.NEFT, Category.INCOME_BUSINESS, buyer);
    } else if (r < 0.65 && amount <= 1_00_000_00L) {
      p.credit(day, acct, amount, Channel.UPI, Category.INCOME_BUSINESS, buyer);
    } else if (r < 0.8) {
      p.credit(day, acct, amount, Channel.IMPS, Category.INCOME_BUSINESS, buyer);
    } else if (r < 0.93) {
      p.credit(day, acct, amount, Channel.CHEQUE, Category.INCOME_BUSINESS, buyer);
    } else {
      p.credit(day, acct, Math.min(amount, 4_90_000_00L), Channel.CASH, Category.CASH_DEPOSIT, -1);
    }
  }

  private void suppliers(YearMonth month, long total, int count) {
    for (int i = 0; i < count; i++) {
      long amount =
          Math.max(50_000, Math.round(total * p.rng.uniform(0.4, 1.6) / count / 100.0) * 100);
      int supplier =
          suppliers[Math.min(suppliers.length - 1, (int) (-Math.log(1 - p.rng.nextDouble()) * 4))];
      double r = p.rng.nextDouble();
      Channel ch =
          amount >= 2_00_000_00L && r < 0.5
              ? Channel.RTGS
              : r < 0.5
                  ? Channel.NEFT
                  : r < 0.7 ? Channel.IMPS : r < 0.85 ? Channel.CHEQUE : Channel.UPI;
      p.debit(p.dayIn(month), 0, amount, ch, Category.SUPPLIER_PAYMENT, supplier);
    }
  }

  private void payroll(YearMonth month) {
    LocalDate day = Planner.day(month, p.rng.between(1, 7));
    if (employees.length > 10) {
      long total = 0;
      for (long s : salaries) {
        total += s;
      }
      int bulk = p.party(Parties.institution("SALARY BULK UPLOAD", PartyKind.BUSINESS, p.rng));
      p.debit(day, 0, total, Channel.NEFT, Category.PAYROLL, bulk);
      return;
    }
    for (int i = 0; i < employees.length; i++) {
      p.debit(
          day,
          0,
          salaries[i],
          p.rng.chance(0.6) ? Channel.NEFT : Channel.IMPS,
          Category.PAYROLL,
          employees[i]);
    }
  }

  private void overheads(YearMonth month, long sales) {
    p.debit(
        Planner.day(month, p.rng.between(1, 6)), 0, rent, Channel.NEFT, Category.RENT, landlord);
    Merchant power = Spending.find("TATA POWER");
    p.debit(
        Planner.day(month, p.rng.between(8, 18)),
        0,
        Math.max(2_000_00, Math.round(sales * p.rng.uniform(0.004, 0.012))),
        Channel.NACH,
        Category.UTILITIES,
        p.merchant(power));
    int small = p.rng.between(6, 30);
    for (int i = 0; i < small; i++) {
      Merchant m = p.rng.pick(Catalog.MERCHANTS);
      if (m.category() == Category.GAMBLING
          || m.category() == Category.CRYPTO
          || m.category() == Category.CREDIT_CARD) {
        continue;
      }
      p.debit(
          p.dayIn(month),
          0,
          Math.max(10_000, Math.round(m.typicalRupees() * p.rng.uniform(0.5, 4)) * 100),
          Channel.UPI,
          m.category(),
          p.merchant(m));
    }
    cashAndCharges(month, sales);
  }

  private void cashAndCharges(YearMonth month, long sales) {
    int cash = p.rng.between(1, 4);
    for (int i = 0; i < cash; i++) {
      p.debit(
          p.dayIn(month),
          0,
          p.rng.between(2, 20) * 1000_00L,
          p.rng.chance(0.6) ? Channel.ATM : Channel.CHEQUE,
          Category.CASH_WITHDRAWAL,
          -1);
    }
    if (month.getMonthValue() % 3 == 0) {
      p.debit(
          month.atEndOfMonth(),
          0,
          p.rng.between(300, 1500) * 118L,
          Channel.CHARGE,
          Category.BANK_CHARGES,
          -1);
    }
    p.debit(
        Planner.day(month, 28),
        0,
        p.rng.between(15, 60) * 100L,
        Channel.CHARGE,
        Category.BANK_CHARGES,
        -1);
    if (month.getMonth() == Month.JUNE
        || month.getMonth() == Month.SEPTEMBER
        || month.getMonth() == Month.DECEMBER
        || month.getMonth() == Month.MARCH) {
      int tax = p.party(Parties.institution("CBDT INCOME TAX", PartyKind.GOVERNMENT, p.rng));
      p.debit(
          Planner.day(month, 15),
          0,
          Math.max(5_000_00, Math.round(sales * 0.012) / 100 * 100),
          Channel.NEFT,
          Category.TAX,
          tax);
    }
  }

  /** GST paid in cash with each GSTR-3B filed inside the bank window. */
  void gstPayments(List<GstReturn> returns) {
    int gstn = p.party(Parties.institution("GSTN CBIC", PartyKind.GOVERNMENT, p.rng));
    for (GstReturn r : returns) {
      if (r.returnType() != GstReturnType.GSTR3B || !p.inWindow(r.filingDate())) {
        continue;
      }
      long due = r.taxPaidCash().paise() + r.interest().paise() + r.lateFee().paise();
      if (due > 0) {
        p.debit(r.filingDate(), 0, due, Channel.NEFT, Category.GST_PAYMENT, gstn);
      }
    }
  }

  /** Director remuneration: business pays each director's savings account monthly. */
  List<List<LocalDate>> remuneration(int m, long sales) {
    YearMonth month = p.window.bankMonth(m);
    List<List<LocalDate>> paydays = new ArrayList<>();
    for (AccountPlan a : accounts) {
      if (a.holderIndex() < 0) {
        continue;
      }
      long pay =
          Math.max(
              30_000_00,
              Math.round(sales * 0.04 / customer.directors().size() / 1000_00) * 1000_00);
      LocalDate day = Planner.day(month, p.rng.between(1, 4));
      int director = p.party(Parties.person(a.holderName(), p.rng));
      int firm = p.party(Parties.business(customer.name(), p.rng));
      p.transfer(
          day,
          0,
          a.index(),
          pay,
          Channel.NEFT,
          Category.PAYROLL,
          Category.INCOME_SALARY,
          director,
          firm);
      paydays.add(List.of(day));
    }
    return paydays;
  }

  /** Sweeps between the business's own current accounts. */
  void sweeps(int m) {
    if (businessAccounts < 2) {
      return;
    }
    YearMonth month = p.window.bankMonth(m);
    int own0 = p.party(Parties.ownAccount(accounts.get(0)));
    int own1 = p.party(Parties.ownAccount(accounts.get(1)));
    int n = p.rng.between(1, 2);
    for (int i = 0; i < n; i++) {
      long amount = p.rng.between(1, 10) * 50_000_00L;
      p.transfer(
          p.dayIn(month),
          1,
          0,
          amount,
          Channel.IMPS,
          Category.SELF_TRANSFER,
          Category.SELF_TRANSFER,
          own0,
          own1);
    }
  }
}
