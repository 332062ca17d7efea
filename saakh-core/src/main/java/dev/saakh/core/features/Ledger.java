package dev.saakh.core.features;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.DailyBalances;
import dev.saakh.core.bank.Income;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One person's statement over a window: its entries, daily balances and monthly income. */
final class Ledger {

  /** A credit is significant when it exceeds this share of its month's income (DESIGN §6). */
  static final double SIGNIFICANT_SHARE = 0.30;

  final LocalDate from;
  final LocalDate to;
  final List<Transaction> all;
  final List<Transaction> inWindow = new ArrayList<>();
  final Set<String> accounts = new LinkedHashSet<>();
  final DailyBalances balances;
  final Map<YearMonth, Long> income = new TreeMap<>();

  /**
   * The statement's coverage: the part of [{@code windowFrom}, {@code windowTo}] between its first
   * and last entry there (a consent may cover years of GST while statements cover months).
   */
  Ledger(List<Transaction> txns, LocalDate windowFrom, LocalDate windowTo) {
    this.all = txns;
    LocalDate first = null;
    LocalDate last = null;
    for (Transaction t : txns) {
      accounts.add(t.accountId());
      if (!t.date().isBefore(windowFrom) && !t.date().isAfter(windowTo)) {
        inWindow.add(t);
        first = first == null || t.date().isBefore(first) ? t.date() : first;
        last = last == null || t.date().isAfter(last) ? t.date() : last;
        if (Income.isIncome(t)) {
          income.merge(YearMonth.from(t.date()), t.amount().paise(), Long::sum);
        }
      }
    }
    this.from = first == null ? windowFrom : first;
    this.to = last == null ? windowFrom : last;
    this.balances = DailyBalances.of(txns, from, to);
  }

  /** Spending: every debit except moves between the person's own accounts. */
  static boolean isSpending(Transaction t) {
    return t.type() == TxnType.DEBIT && t.category() != Category.SELF_TRANSFER;
  }

  /** Income credits above {@value #SIGNIFICANT_SHARE} of their month's income. */
  List<Transaction> significantCredits() {
    List<Transaction> out = new ArrayList<>();
    for (Transaction t : inWindow) {
      if (Income.isIncome(t)) {
        long month = income.getOrDefault(YearMonth.from(t.date()), 0L);
        if (t.amount().paise() > SIGNIFICANT_SHARE * month) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** End-of-day balance of an account in paise, or null when unknown or outside the window. */
  Long balance(String account, LocalDate day) {
    return day.isBefore(from) || day.isAfter(to) ? null : balances.balance(account, day);
  }

  static double rupees(long paise) {
    return paise / 100d;
  }
}
