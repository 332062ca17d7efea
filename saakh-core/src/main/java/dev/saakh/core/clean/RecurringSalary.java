package dev.saakh.core.clean;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Salary read from recurrence when the narration does not say so (many banks write only {@code BY
 * TRANSFER-NEFT*IFSC*UTR*EMPLOYER}): on a person's account (not a business account), credits still
 * read as {@link Category#OTHER} from one named counterparty on a transfer rail, in at least
 * {@value #MIN_MONTHS} different months, at most {@value #MAX_PER_MONTH} a month on average, the
 * amounts within {@value #TOLERANCE} of their median. Those credits become {@link
 * Category#INCOME_SALARY}; the clean log counts them under {@code salary_by_recurrence}.
 */
final class RecurringSalary {
  static final int MIN_MONTHS = 3;
  static final double MAX_PER_MONTH = 1.5;
  static final double TOLERANCE = 0.2;

  private RecurringSalary() {}

  static List<Transaction> mark(
      List<Transaction> txns, Map<String, Account> accounts, Tally tally) {
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < txns.size(); i++) {
      Transaction t = txns.get(i);
      if (candidate(t, accounts.get(t.accountId()))) {
        groups
            .computeIfAbsent(t.accountId() + "\u0000" + t.counterparty(), k -> new ArrayList<>())
            .add(i);
      }
    }
    List<Transaction> out = null;
    for (List<Integer> g : groups.values()) {
      List<Integer> salary = salary(txns, g);
      for (int i : salary) {
        out = out == null ? new ArrayList<>(txns) : out;
        out.set(i, txns.get(i).recategorised(Category.INCOME_SALARY, txns.get(i).direction()));
        tally.add("salary_by_recurrence");
      }
    }
    return out == null ? txns : out;
  }

  private static boolean candidate(Transaction t, Account a) {
    return t.type() == TxnType.CREDIT
        && t.category() == Category.OTHER
        && t.counterparty() != null
        && SelfTransfers.RAILS.contains(t.channel())
        && (a == null || a.holderRole() != HolderRole.BUSINESS);
  }

  /** The group's entries close to its median amount, if the group recurs like a salary. */
  private static List<Integer> salary(List<Transaction> txns, List<Integer> g) {
    Set<YearMonth> months = new HashSet<>();
    long[] amounts = new long[g.size()];
    for (int k = 0; k < g.size(); k++) {
      Transaction t = txns.get(g.get(k));
      months.add(YearMonth.from(t.date()));
      amounts[k] = t.amount().paise();
    }
    if (months.size() < MIN_MONTHS || g.size() > MAX_PER_MONTH * months.size()) {
      return List.of();
    }
    long[] sorted = amounts.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    List<Integer> close = new ArrayList<>();
    Set<YearMonth> closeMonths = new HashSet<>();
    for (int k = 0; k < g.size(); k++) {
      if (Math.abs(amounts[k] - median) <= TOLERANCE * median) {
        close.add(g.get(k));
        closeMonths.add(YearMonth.from(txns.get(g.get(k)).date()));
      }
    }
    return closeMonths.size() >= MIN_MONTHS ? close : List.of();
  }
}
