package dev.saakh.core.analytics;

import dev.saakh.core.analytics.EarningsSpendings.MonthIncome;
import dev.saakh.core.analytics.EarningsSpendings.NewLoan;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Income;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link EarningsSpendings} from one pass over the window's entries. */
final class Earnings {
  private final Map<YearMonth, long[]> months = new TreeMap<>(); // income, spending, salary, emi
  private final Map<String, Long> sources = new TreeMap<>();
  private final Map<String, Long> spending = new TreeMap<>();
  private final Map<String, Long> emi = new TreeMap<>();
  private final Map<String, Integer> employers = new HashMap<>();
  private final List<NewLoan> loans = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long excluded;

  private Earnings() {}

  static EarningsSpendings build(List<Transaction> txns, LocalDate from, LocalDate to) {
    Earnings e = new Earnings();
    for (Transaction t : txns) {
      if (!t.date().isBefore(from) && !t.date().isAfter(to)) {
        e.add(t);
      }
    }
    return e.report(from, to);
  }

  private void add(Transaction t) {
    long p = t.amount().paise();
    long[] m = months.computeIfAbsent(YearMonth.from(t.date()), k -> new long[4]);
    if (t.type() == TxnType.CREDIT) {
      if (!Income.isIncome(t)) {
        excluded += p;
        if (t.category() == Category.LOAN_DISBURSAL) {
          loans.add(new NewLoan(t.date(), t.counterparty(), t.amount()));
        }
        return;
      }
      m[0] += p;
      sources.merge(t.category().name(), p, Long::sum);
      if (t.category() == Category.INCOME_SALARY) {
        m[2] += p;
        if (t.counterparty() != null) {
          employers.merge(t.counterparty(), 1, Integer::sum);
        }
      }
    } else if (t.category() != Category.SELF_TRANSFER) {
      m[1] += p;
      spending.merge(t.category().name(), p, Long::sum);
      if (t.category() == Category.EMI) {
        m[3] += p;
        emi.merge(t.counterparty() == null ? "(unnamed)" : t.counterparty(), p, Long::sum);
      }
    }
  }

  private EarningsSpendings report(LocalDate from, LocalDate to) {
    List<MonthIncome> monthly = new ArrayList<>();
    for (YearMonth m : GstSummary.range(YearMonth.from(from), YearMonth.from(to))) {
      long[] v = months.getOrDefault(m, new long[4]);
      monthly.add(
          new MonthIncome(m, Money.ofPaise(v[0]), Money.ofPaise(v[1]), Money.ofPaise(v[2])));
    }
    List<YearMonth> complete = EarningsSpendings.completeMonths(from, to);
    int salaryMonths = (int) months.values().stream().filter(v -> v[2] > 0).count();
    List<YearMonth> last3 = tail(complete, 3);
    long income3 = sum(last3, 0);
    Double foir = null;
    if (income3 <= 0) {
      notes.add("FOIR: no income in the last three complete months");
    } else {
      foir = (double) sum(last3, 3) / income3;
    }
    return new EarningsSpendings(
        from,
        to,
        monthly,
        money(sources),
        money(spending),
        Money.ofPaise(excluded),
        salaryMonths,
        employer(),
        salary(complete, 3, salaryMonths),
        salary(complete, 6, salaryMonths),
        salary(complete, 12, salaryMonths),
        money(emi),
        loans,
        last3.isEmpty() ? null : Money.ofPaise(income3 / last3.size()),
        foir,
        notes);
  }

  private Money salary(List<YearMonth> complete, int n, int salaryMonths) {
    if (salaryMonths == 0 || complete.size() < n) {
      if (salaryMonths > 0) {
        notes.add(n + "-month salary average: only " + complete.size() + " complete months");
      }
      return null;
    }
    return Money.ofPaise(sum(tail(complete, n), 2) / n);
  }

  private String employer() {
    return employers.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private long sum(List<YearMonth> ms, int column) {
    long s = 0;
    for (YearMonth m : ms) {
      long[] v = months.get(m);
      s += v == null ? 0 : v[column];
    }
    return s;
  }

  private static List<YearMonth> tail(List<YearMonth> list, int n) {
    return list.subList(Math.max(0, list.size() - n), list.size());
  }

  private static Map<String, Money> money(Map<String, Long> paise) {
    Map<String, Money> out = new TreeMap<>();
    paise.forEach((k, v) -> out.put(k, Money.ofPaise(v)));
    return out;
  }
}
