package dev.saakh.core.fraud;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Business credits per month on a firm's own accounts (holder role BUSINESS, category
 * INCOME_BUSINESS), for comparing with GST turnover. Only months the statements cover are present:
 * every month from the first to the last entry of those accounts, except an edge month the
 * statements enter after its 5th day or leave before its last 5 days (a partial month would look
 * like a turnover gap). A covered month without business credits is present as zero.
 */
public final class BankTurnover {
  static final int EDGE_DAYS = 5;

  private BankTurnover() {}

  public static Map<YearMonth, Money> monthly(List<Transaction> txns, List<Account> accounts) {
    Set<String> business = new HashSet<>();
    for (Account a : accounts) {
      if (a.holderRole() == HolderRole.BUSINESS) {
        business.add(a.accountId());
      }
    }
    LocalDate first = null;
    LocalDate last = null;
    Map<YearMonth, Long> paise = new TreeMap<>();
    Set<String> known = new HashSet<>();
    accounts.forEach(a -> known.add(a.accountId()));
    for (Transaction t : txns) {
      if (!known.contains(t.accountId())) {
        return new TreeMap<>();
      }
      if (!business.contains(t.accountId())) {
        continue;
      }
      first = first == null || t.date().isBefore(first) ? t.date() : first;
      last = last == null || t.date().isAfter(last) ? t.date() : last;
      if (t.type() == TxnType.CREDIT && t.category() == Category.INCOME_BUSINESS) {
        paise.merge(YearMonth.from(t.date()), t.amount().paise(), Long::sum);
      }
    }
    Map<YearMonth, Money> out = new TreeMap<>();
    if (first == null) {
      return out;
    }
    YearMonth from = YearMonth.from(first);
    from = first.getDayOfMonth() > EDGE_DAYS ? from.plusMonths(1) : from;
    YearMonth to = YearMonth.from(last);
    to = last.getDayOfMonth() <= last.lengthOfMonth() - EDGE_DAYS ? to.minusMonths(1) : to;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.put(m, Money.ofPaise(paise.getOrDefault(m, 0L)));
    }
    return out;
  }
}
