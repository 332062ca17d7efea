package dev.saakh.synth.model;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import java.util.List;

/**
 * Walks a sorted transaction table account by account, keeping the running balance. A debit the
 * balance (plus any OD/CC limit) cannot cover is skipped, with its paired leg; a mandatory debit
 * (EMI, NACH) that cannot be covered bounces: it becomes the bank's return charge instead.
 */
public final class BalanceWalk {
  /** NACH/ECS return charge banks levy, ₹500 + 18% GST. */
  public static final long BOUNCE_CHARGE = 590_00;

  private BalanceWalk() {}

  /** Fills balances; returns the number of bounced mandatory debits. */
  public static int walk(TxnTable t, List<AccountPlan> accounts) {
    long[] balance = new long[accounts.size()];
    for (AccountPlan a : accounts) {
      balance[a.index()] = a.openingBalancePaise();
    }
    int bounces = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.has(i, TxnTable.DROPPED)) {
        continue;
      }
      int acct = t.account(i);
      long amount = t.amount(i);
      if (t.isCredit(i)) {
        balance[acct] += amount;
      } else if (balance[acct] - amount >= -accounts.get(acct).limitPaise()) {
        balance[acct] -= amount;
      } else if (t.has(i, TxnTable.MANDATORY)) {
        t.recategorise(i, Channel.CHARGE, Category.BOUNCE, BOUNCE_CHARGE);
        balance[acct] -= BOUNCE_CHARGE;
        bounces++;
      } else {
        t.drop(i);
        int other = t.pairOf(i);
        if (other >= 0) {
          t.drop(other);
        }
        continue;
      }
      t.setBalance(i, balance[acct]);
    }
    return bounces;
  }
}
