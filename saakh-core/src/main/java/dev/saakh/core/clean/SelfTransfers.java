package dev.saakh.core.clean;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs own-account transfers: a debit in one account and a credit of the same amount in another
 * account of the same holder (same PAN, or the same name when no PAN is known), at most one day
 * apart, both on a transfer rail and neither already read as something specific (salary, EMI…).
 * Both legs become {@link Category#SELF_TRANSFER} with direction {@link Direction#SELF}. Accounts
 * of different holders (a firm and its director) are never paired: that money changed hands.
 */
final class SelfTransfers {
  static final Set<Channel> RAILS =
      EnumSet.of(
          Channel.UPI, Channel.IMPS, Channel.NEFT, Channel.RTGS, Channel.TRANSFER, Channel.OTHER);
  static final Set<Category> OPEN =
      EnumSet.of(
          Category.SELF_TRANSFER,
          Category.P2P_TRANSFER,
          Category.OTHER,
          Category.INCOME_BUSINESS,
          Category.SUPPLIER_PAYMENT);

  private SelfTransfers() {}

  private record Key(String holder, Money amount) {}

  static List<Transaction> pair(
      List<Transaction> txns, Map<String, Account> accounts, Tally tally) {
    Map<Key, List<Integer>> credits = new HashMap<>();
    for (int i = 0; i < txns.size(); i++) {
      Transaction t = txns.get(i);
      String holder = holder(accounts.get(t.accountId()));
      if (t.type() == TxnType.CREDIT && candidate(t) && holder != null) {
        credits.computeIfAbsent(new Key(holder, t.amount()), k -> new ArrayList<>()).add(i);
      }
    }
    boolean[] paired = new boolean[txns.size()];
    List<Transaction> out = new ArrayList<>(txns);
    for (int i = 0; i < txns.size(); i++) {
      Transaction t = txns.get(i);
      String holder = holder(accounts.get(t.accountId()));
      if (t.type() != TxnType.DEBIT || !candidate(t) || holder == null) {
        continue;
      }
      int match = closest(txns, credits.get(new Key(holder, t.amount())), t, paired);
      if (match >= 0) {
        paired[i] = true;
        paired[match] = true;
        out.set(i, self(t));
        out.set(match, self(txns.get(match)));
        tally.add("self_transfer_pairs");
      }
    }
    return out;
  }

  private static int closest(
      List<Transaction> txns, List<Integer> credits, Transaction debit, boolean[] paired) {
    if (credits == null) {
      return -1;
    }
    int best = -1;
    long bestGap = 2;
    for (int c : credits) {
      Transaction credit = txns.get(c);
      long gap = Math.abs(credit.date().toEpochDay() - debit.date().toEpochDay());
      if (!paired[c] && !credit.accountId().equals(debit.accountId()) && gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean candidate(Transaction t) {
    return RAILS.contains(t.channel()) && OPEN.contains(t.category());
  }

  private static String holder(Account a) {
    if (a == null) {
      return null;
    }
    return a.holderPan() != null ? a.holderPan() : a.holderName();
  }

  private static Transaction self(Transaction t) {
    return t.recategorised(Category.SELF_TRANSFER, Direction.SELF);
  }
}
