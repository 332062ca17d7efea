package dev.saakh.core.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-of-day balances of each account, carried forward over days without entries: the balance after
 * an account's last entry of a day (in statement order) holds until its next entry. Before an
 * account's first known balance there is none (not zero). Entries without a balance are skipped.
 * Memory: one long per account per day of the window.
 */
public final class DailyBalances {
  private final LocalDate from;
  private final int days;
  private final Map<String, long[]> byAccount = new LinkedHashMap<>();
  private static final long NONE = Long.MIN_VALUE;

  private DailyBalances(LocalDate from, LocalDate to) {
    this.from = from;
    this.days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
  }

  /** Balances over [{@code from}, {@code to}] from transactions in statement order per account. */
  public static DailyBalances of(List<Transaction> txns, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
    }
    DailyBalances b = new DailyBalances(from, to);
    Map<String, List<Transaction>> accounts = new LinkedHashMap<>();
    for (Transaction t : txns) {
      accounts.computeIfAbsent(t.accountId(), k -> new ArrayList<>()).add(t);
    }
    accounts.forEach(b::fill);
    return b;
  }

  private void fill(String account, List<Transaction> entries) {
    long[] eod = new long[days];
    java.util.Arrays.fill(eod, NONE);
    long current = NONE;
    int day = 0;
    int i = 0;
    // entries before the window set the opening balance
    while (i < entries.size() && entries.get(i).date().isBefore(from)) {
      current = balance(entries.get(i), current);
      i++;
    }
    for (; day < days; day++) {
      long epoch = from.toEpochDay() + day;
      while (i < entries.size() && entries.get(i).date().toEpochDay() <= epoch) {
        current = balance(entries.get(i), current);
        i++;
      }
      eod[day] = current;
    }
    byAccount.put(account, eod);
  }

  private static long balance(Transaction t, long current) {
    return t.balanceAfter() == null ? current : t.balanceAfter().paise();
  }

  /** Accounts, in first-seen order. */
  public List<String> accounts() {
    return List.copyOf(byAccount.keySet());
  }

  /** The account's end-of-day balance in paise, or null when none is known yet. */
  public Long balance(String account, LocalDate day) {
    long[] eod = byAccount.get(account);
    int at = (int) (day.toEpochDay() - from.toEpochDay());
    if (eod == null || at < 0 || at >= days || eod[at] == NONE) {
      return null;
    }
    return eod[at];
  }

  /**
   * The sum over accounts of their end-of-day balances, in paise, counting only accounts with a
   * known balance that day; null when no account has one.
   */
  public Long total(LocalDate day) {
    long sum = 0;
    boolean any = false;
    for (String a : byAccount.keySet()) {
      Long b = balance(a, day);
      if (b != null) {
        sum += b;
        any = true;
      }
    }
    return any ? sum : null;
  }

  /** Days in the window on which the total balance was below zero. */
  public int negativeDays() {
    int n = 0;
    for (int d = 0; d < days; d++) {
      Long t = total(from.plusDays(d));
      n += t != null && t < 0 ? 1 : 0;
    }
    return n;
  }
}
