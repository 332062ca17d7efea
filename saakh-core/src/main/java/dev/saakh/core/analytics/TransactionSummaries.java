package dev.saakh.core.analytics;

import dev.saakh.core.analytics.TransactionSummary.BalanceDay;
import dev.saakh.core.analytics.TransactionSummary.Counterparty;
import dev.saakh.core.analytics.TransactionSummary.Flow;
import dev.saakh.core.analytics.TransactionSummary.MonthFlow;
import dev.saakh.core.analytics.TransactionSummary.MonthStatus;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.DailyBalances;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds a {@link TransactionSummary} in one pass over the entries plus the balance series. */
final class TransactionSummaries {
  static final int TOP = 10;

  private final List<Transaction> txns;
  private final LocalDate from;
  private final LocalDate to;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, LocalDate[]> spans = new HashMap<>();

  TransactionSummaries(List<Transaction> txns, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
    }
    this.txns =
        txns.stream().filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to)).toList();
    this.from = from;
    this.to = to;
    for (Transaction t : this.txns) {
      LocalDate[] s =
          spans.computeIfAbsent(t.accountId(), k -> new LocalDate[] {t.date(), t.date()});
      s[0] = t.date().isBefore(s[0]) ? t.date() : s[0];
      s[1] = t.date().isAfter(s[1]) ? t.date() : s[1];
    }
  }

  TransactionSummary build(List<Integer> checkDays) {
    Map<YearMonth, long[]> months = new TreeMap<>(); // inflow, outflow, credits, debits
    Map<String, long[]> category = new TreeMap<>();
    Map<String, long[]> channel = new TreeMap<>();
    Map<String, long[]> payers = new HashMap<>();
    Map<String, long[]> payees = new HashMap<>();
    long[] totals = new long[8]; // credits, debits, emi n, emi, bounce n, bounce, cash out, in
    Set<String> accounts = new LinkedHashSet<>();
    for (Transaction t : txns) {
      accounts.add(t.accountId());
      boolean credit = t.type() == TxnType.CREDIT;
      long p = t.amount().paise();
      long[] m = months.computeIfAbsent(YearMonth.from(t.date()), k -> new long[4]);
      m[credit ? 0 : 1] += p;
      m[credit ? 2 : 3]++;
      add(category, t.category().name(), credit, p);
      add(channel, t.channel().name(), credit, p);
      if (t.counterparty() != null) {
        long[] c = (credit ? payers : payees).computeIfAbsent(t.counterparty(), k -> new long[2]);
        c[0] += p;
        c[1]++;
      }
      totals[credit ? 0 : 1] += p;
      count(totals, t, p);
    }
    DailyBalances balances = DailyBalances.of(txns, from, to);
    List<BalanceDay> days = balanceDays(balances, checkDays);
    return new TransactionSummary(
        from,
        to,
        accounts.size(),
        txns.size(),
        monthly(months),
        flows(category),
        flows(channel),
        top(payers, totals[0]),
        top(payees, totals[1]),
        share(payers),
        days,
        average(days),
        (int) totals[2],
        Money.ofPaise(totals[3]),
        (int) totals[4],
        Money.ofPaise(totals[5]),
        ratio(totals[6], totals[1], "cash withdrawal ratio: no debits"),
        ratio(totals[7], totals[0], "cash deposit ratio: no credits"),
        balances.negativeDays(),
        notes);
  }

  private static void count(long[] totals, Transaction t, long p) {
    if (t.category() == Category.EMI && t.type() == TxnType.DEBIT) {
      totals[2]++;
      totals[3] += p;
    } else if (t.category() == Category.BOUNCE) {
      totals[4]++;
      totals[5] += p;
    } else if (t.category() == Category.CASH_WITHDRAWAL) {
      totals[6] += p;
    } else if (t.category() == Category.CASH_DEPOSIT) {
      totals[7] += p;
    }
  }

  private static void add(Map<String, long[]> map, String key, boolean credit, long paise) {
    long[] f = map.computeIfAbsent(key, k -> new long[3]);
    f[credit ? 0 : 1] += paise;
    f[2]++;
  }

  private static Map<String, Flow> flows(Map<String, long[]> map) {
    Map<String, Flow> out = new TreeMap<>();
    map.forEach(
        (k, f) -> out.put(k, new Flow(Money.ofPaise(f[0]), Money.ofPaise(f[1]), (int) f[2])));
    return out;
  }

  private List<MonthFlow> monthly(Map<YearMonth, long[]> months) {
    List<MonthFlow> out = new ArrayList<>();
    for (YearMonth m : GstSummary.range(YearMonth.from(from), YearMonth.from(to))) {
      long[] f = months.get(m);
      MonthStatus status =
          f != null ? MonthStatus.DATA : covered(m) ? MonthStatus.NO_ACTIVITY : MonthStatus.NO_DATA;
      long in = f == null ? 0 : f[0];
      long outflow = f == null ? 0 : f[1];
      out.add(
          new MonthFlow(
              m,
              status,
              Money.ofPaise(in),
              Money.ofPaise(outflow),
              Money.ofPaise(in - outflow),
              f == null ? 0 : (int) f[2],
              f == null ? 0 : (int) f[3]));
    }
    return out;
  }

  /** Some account has entries both on or before the month's end and on or after its start. */
  private boolean covered(YearMonth m) {
    return spans.values().stream()
        .anyMatch(s -> !s[0].isAfter(m.atEndOfMonth()) && !s[1].isBefore(m.atDay(1)));
  }

  private static List<Counterparty> top(Map<String, long[]> map, long total) {
    return map.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .map(
            e ->
                new Counterparty(
                    e.getKey(),
                    Money.ofPaise(e.getValue()[0]),
                    (int) e.getValue()[1],
                    total == 0 ? 0 : (double) e.getValue()[0] / total))
        .toList();
  }

  private Double share(Map<String, long[]> payers) {
    long named = payers.values().stream().mapToLong(v -> v[0]).sum();
    if (named == 0) {
      notes.add("top payer share: no named credit counterparties");
      return null;
    }
    return (double) payers.values().stream().mapToLong(v -> v[0]).max().orElse(0) / named;
  }

  private List<BalanceDay> balanceDays(DailyBalances balances, List<Integer> checkDays) {
    List<BalanceDay> out = new ArrayList<>();
    for (int day : checkDays) {
      long sum = 0;
      int n = 0;
      for (YearMonth m : GstSummary.range(YearMonth.from(from), YearMonth.from(to))) {
        LocalDate d = m.atDay(Math.min(day, m.lengthOfMonth()));
        Long total = d.isBefore(from) || d.isAfter(to) ? null : balances.total(d);
        if (total != null) {
          sum += total;
          n++;
        }
      }
      String label = day >= 31 ? "last" : Integer.toString(day);
      out.add(
          new BalanceDay(label, n == 0 ? null : Money.ofPaise(Math.round((double) sum / n)), n));
    }
    return out;
  }

  private Money average(List<BalanceDay> days) {
    List<Money> known = days.stream().map(BalanceDay::average).filter(a -> a != null).toList();
    if (known.isEmpty()) {
      notes.add("balances: no account balance known on any check day");
      return null;
    }
    long sum = known.stream().mapToLong(Money::paise).sum();
    return Money.ofPaise(Math.round((double) sum / known.size()));
  }

  private Double ratio(long part, long whole, String note) {
    if (whole == 0) {
      notes.add(note);
      return null;
    }
    return (double) part / whole;
  }
}
