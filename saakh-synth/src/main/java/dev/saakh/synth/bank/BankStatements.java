package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.synth.business.Business;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.BalanceWalk;
import dev.saakh.synth.model.Loan;
import dev.saakh.synth.model.Party;
import dev.saakh.synth.model.Pattern;
import dev.saakh.synth.model.TxnTable;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Simulates every account of one customer over the bank window. */
public final class BankStatements {
  /**
   * The simulated statements.
   *
   * @param transactions rows grouped by account, in time order, balances filled
   * @param bounces mandatory debits that bounced for want of funds
   */
  public record Result(
      List<AccountPlan> accounts,
      TxnTable transactions,
      List<Party> parties,
      List<Pattern> patterns,
      int bounces) {}

  /** What the other sources of the same customer imply for the bank statements. */
  public record Inputs(
      Customer customer,
      Profile profile,
      Business business,
      List<GstReturn> gst,
      List<Loan> loans,
      List<InsurancePolicy> policies,
      List<MutualFundHolding> funds) {}

  private BankStatements() {}

  public static Result simulate(Inputs in, Window window, Rng rng) {
    Planner p = new Planner(rng, window);
    long scale =
        in.business() != null ? in.business().grossSales(window.gstIndexOf(window.bankStart())) : 0;
    List<AccountPlan> accounts =
        Accounts.open(
            in.customer(), Math.max(scale, 50_000_00), window.bankFirstDay(), rng.child(1));
    List<Pattern> patterns = new ArrayList<>();
    int personal;
    if (in.customer().segment() == Segment.MSME) {
      personal = msme(p, in, accounts, patterns);
    } else {
      personal = consumer(p, in, accounts, patterns);
    }
    Obligations.loans(p, in.loans(), holderAccounts(accounts));
    Obligations.premiums(p, in.policies(), personal);
    Obligations.sips(p, in.funds(), personal);
    p.table.sortByTime();
    int bounces = BalanceWalk.walk(p.table, accounts);
    p.table.groupByAccount();
    return new Result(accounts, p.table, p.parties, patterns, bounces);
  }

  private static int msme(
      Planner p, Inputs in, List<AccountPlan> accounts, List<Pattern> patterns) {
    MsmeFlows flows = new MsmeFlows(p, in.customer(), in.profile(), in.business(), accounts);
    List<Spending> directors = new ArrayList<>();
    int firstDirector = -1;
    for (AccountPlan a : accounts) {
      if (a.holderIndex() >= 0) {
        directors.add(new Spending(p, a.index(), Spending.Style.STEADY, 100_000_00));
        firstDirector = firstDirector < 0 ? a.index() : firstDirector;
      }
    }
    long monthly = 0;
    for (int m = 0; m < p.window.bankMonths(); m++) {
      long sales = flows.month(m);
      monthly += sales / p.window.bankMonths(); // average monthly sales
      List<List<LocalDate>> paydays = flows.remuneration(m, sales);
      flows.sweeps(m);
      long pay = Math.max(30_000_00, Math.round(sales * 0.04 / Math.max(1, directors.size())));
      for (int d = 0; d < directors.size(); d++) {
        directors.get(d).month(p.window.bankMonth(m), Math.round(pay * 0.7), paydays.get(d));
      }
    }
    flows.gstPayments(in.gst());
    if (in.profile() == Profile.FRAUD) {
      patterns.add(Fraud.circular(p, 0, monthly, false, patterns.size() + 1));
      patterns.add(Fraud.windowDressing(p, 0, monthly, patterns.size() + 1));
    }
    return firstDirector;
  }

  private static int consumer(
      Planner p, Inputs in, List<AccountPlan> accounts, List<Pattern> patterns) {
    ConsumerFlows flows = new ConsumerFlows(p, in.customer(), in.profile());
    for (int m = 0; m < p.window.bankMonths(); m++) {
      flows.month(m);
      if (accounts.size() > 1) {
        int own0 = p.party(Parties.ownAccount(accounts.get(0)));
        int own1 = p.party(Parties.ownAccount(accounts.get(1)));
        long amount =
            Math.round(flows.monthlyIncome() * p.rng.uniform(0.05, 0.2) / 100_00) * 100_00 + 100_00;
        p.transfer(
            Planner.day(p.window.bankMonth(m), p.rng.between(2, 8)),
            0,
            1,
            amount,
            Channel.UPI,
            Category.SELF_TRANSFER,
            Category.SELF_TRANSFER,
            own1,
            own0);
      }
    }
    if (in.profile() == Profile.FRAUD_P2P) {
      patterns.add(Fraud.regularP2p(p, 0, flows.monthlyIncome(), patterns.size() + 1));
      patterns.add(Fraud.circular(p, 0, flows.monthlyIncome(), true, patterns.size() + 1));
    }
    return 0;
  }

  /** Index 0: the business's (or consumer's) main account; index d+1: director d's account. */
  private static int[] holderAccounts(List<AccountPlan> accounts) {
    int directors = 0;
    for (AccountPlan a : accounts) {
      directors = Math.max(directors, a.holderIndex() + 1);
    }
    int[] out = new int[directors + 1];
    for (AccountPlan a : accounts) {
      if (a.holderIndex() >= 0) {
        out[a.holderIndex() + 1] = a.index();
      }
    }
    return out;
  }
}
