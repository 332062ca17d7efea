package dev.saakh.synth.bank;

import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Facility;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Director;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a customer's accounts: an MSME has one or two current accounts (the first often with a
 * CC/OD line) and a savings account per director, 2–5 in all; a consumer has one or two savings
 * accounts.
 */
final class Accounts {
  private static final Bank[] COMMON = {
    Bank.HDFC,
    Bank.HDFC,
    Bank.ICICI,
    Bank.ICICI,
    Bank.SBI,
    Bank.SBI,
    Bank.AXIS,
    Bank.KOTAK,
    Bank.PNB,
    Bank.BOB,
    Bank.YES,
    Bank.INDUSIND,
    Bank.IDFC,
    Bank.CANARA,
    Bank.UNION
  };

  private Accounts() {}

  private static final String[] BRANCH_AREAS = {
    "Main", "MG Road", "Station Road", "Industrial Area", "Market Yard", "Civil Lines"
  };

  /** Who holds an account: the business, a director (with index) or the consumer. */
  private record Holder(String name, String pan, String mobile, HolderRole role, int index) {}

  static List<AccountPlan> open(
      Customer c, long monthlyScalePaise, LocalDate windowStart, Rng rng) {
    List<AccountPlan> plans = new ArrayList<>();
    String branch = c.city() + " " + rng.pick(BRANCH_AREAS);
    if (c.segment() == Segment.MSME) {
      msme(plans, c, monthlyScalePaise, windowStart, rng, branch);
    } else {
      Holder self = new Holder(c.name(), c.pan(), c.mobile(), HolderRole.INDIVIDUAL, -1);
      int count = rng.chance(0.35) ? 2 : 1;
      for (int i = 0; i < count; i++) {
        long opening = Math.round(rng.uniform(5_000, i == 0 ? 120_000 : 40_000) * 100);
        plans.add(savings(plans.size(), c, rng, branch, windowStart, opening, self));
      }
    }
    return plans;
  }

  /**
   * One or two current accounts (the first often with CC/OD) and a savings account per director.
   */
  private static void msme(
      List<AccountPlan> plans,
      Customer c,
      long monthlyScalePaise,
      LocalDate windowStart,
      Rng rng,
      String branch) {
    Holder firm = new Holder(c.name(), c.pan(), c.mobile(), HolderRole.BUSINESS, -1);
    int business = c.directors().size() >= 3 ? rng.between(1, 2) : 1 + (rng.chance(0.5) ? 1 : 0);
    for (int i = 0; i < business; i++) {
      boolean facility = i == 0 && rng.chance(0.55);
      long limit = Math.round(monthlyScalePaise * rng.uniform(0.3, 0.8) / 100_000_00) * 100_000_00;
      long opening = Math.round(monthlyScalePaise * rng.uniform(0.15, 0.45));
      Facility kind = facility ? (rng.chance(0.6) ? Facility.CC : Facility.OD) : null;
      plans.add(
          plan(
              plans.size(),
              c,
              rng,
              branch,
              AccountType.CURRENT,
              kind,
              facility ? Math.max(limit, 100_000_00) : 0,
              windowStart,
              opening,
              firm));
    }
    for (int d = 0; d < c.directors().size(); d++) {
      Director director = c.directors().get(d);
      Holder holder =
          new Holder(director.name(), director.pan(), director.mobile(), HolderRole.DIRECTOR, d);
      long opening = Math.round(rng.uniform(40_000, 400_000) * 100);
      plans.add(savings(plans.size(), c, rng, branch, windowStart, opening, holder));
    }
  }

  private static AccountPlan savings(
      int index,
      Customer c,
      Rng rng,
      String branch,
      LocalDate windowStart,
      long opening,
      Holder holder) {
    return plan(index, c, rng, branch, AccountType.SAVINGS, null, 0, windowStart, opening, holder);
  }

  private static AccountPlan plan(
      int index,
      Customer c,
      Rng rng,
      String branch,
      AccountType type,
      Facility facility,
      long limit,
      LocalDate windowStart,
      long opening,
      Holder holder) {
    Bank bank = COMMON[rng.nextInt(COMMON.length)];
    String number = rng.digits(bank == Bank.SBI ? 11 : bank == Bank.HDFC ? 14 : 12);
    LocalDate opened = windowStart.minusDays(rng.between(200, 4000));
    return new AccountPlan(
        index,
        c.customerId() + "-A" + (index + 1),
        bank,
        number,
        Parties.ifsc(bank, rng),
        branch,
        type,
        facility,
        limit,
        opened,
        opening,
        holder.name(),
        holder.pan(),
        holder.mobile(),
        holder.role(),
        holder.index());
  }
}
