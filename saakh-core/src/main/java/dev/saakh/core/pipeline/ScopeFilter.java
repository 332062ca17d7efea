package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.lake.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** One pass of {@link ConsentScope#apply}: keeps the records in scope, counts the others. */
final class ScopeFilter {
  private final ConsentScope scope;
  private final Map<Dataset, long[]> left = new EnumMap<>(Dataset.class);
  private final Map<Dataset, Set<FiType>> missing = new EnumMap<>(Dataset.class);

  ScopeFilter(ConsentScope scope) {
    this.scope = scope;
  }

  ScopedData apply(CustomerData d) {
    Map<String, FiType> accountTypes = new HashMap<>();
    d.accounts().forEach(a -> accountTypes.put(a.accountId(), ConsentScope.fiType(a)));
    List<Account> accounts = keep(Dataset.ACCOUNTS, d.accounts(), ConsentScope::fiType, a -> true);
    List<Transaction> txns =
        keep(
            Dataset.TRANSACTIONS,
            d.transactions(),
            t -> accountTypes.getOrDefault(t.accountId(), FiType.DEPOSIT),
            t -> scope.inRange(t.date()));
    CustomerData kept =
        new CustomerData(
            d.customerId(),
            d.customers(),
            d.consents(),
            accounts,
            txns,
            keep(Dataset.GST, d.gst(), g -> FiType.GSTR1_3B, this::periodInRange),
            keep(
                Dataset.CREDIT_REPORTS,
                d.creditReports(),
                r -> FiType.CREDIT_REPORT,
                r -> scope.inRange(r.reportDate())),
            keep(Dataset.POLICIES, d.policies(), ConsentScope::fiType, this::inForce),
            keep(
                Dataset.MUTUAL_FUNDS,
                d.mutualFunds(),
                h -> FiType.MUTUAL_FUNDS,
                h -> scope.inRange(h.navDate())),
            keep(
                Dataset.ONDC_ORDERS,
                d.ondcOrders(),
                o -> FiType.ONDC_ORDERS,
                o ->
                    scope.inRange(o.createdAt().atZoneSameInstant(Underwriting.IST).toLocalDate())),
            keep(
                Dataset.OCEN_APPLICATIONS,
                d.ocenApplications(),
                a -> FiType.OCEN_APPLICATIONS,
                a -> scope.inRange(a.createdDate())));
    return new ScopedData(kept, excluded());
  }

  private boolean periodInRange(GstReturn g) {
    return scope.inRange(g.period().atDay(1)) && scope.inRange(g.period().atEndOfMonth());
  }

  private boolean inForce(InsurancePolicy p) {
    ConsentArtefact c = scope.consent();
    return !p.startDate().isAfter(c.fiDataTo()) && !p.maturityDate().isBefore(c.fiDataFrom());
  }

  private <T> List<T> keep(
      Dataset dataset, List<T> records, Function<T, FiType> type, Predicate<T> inRange) {
    List<T> out = new ArrayList<>(records.size());
    for (T r : records) {
      FiType t = type.apply(r);
      if (!scope.covers(t)) {
        left.computeIfAbsent(dataset, k -> new long[2])[0]++;
        missing.computeIfAbsent(dataset, k -> EnumSet.noneOf(FiType.class)).add(t);
      } else if (!inRange.test(r)) {
        left.computeIfAbsent(dataset, k -> new long[2])[1]++;
      } else {
        out.add(r);
      }
    }
    return out.size() == records.size() ? records : out;
  }

  private List<Excluded> excluded() {
    List<Excluded> out = new ArrayList<>();
    ConsentArtefact c = scope.consent();
    left.forEach(
        (dataset, n) -> {
          if (n[0] > 0) {
            String types =
                String.join(", ", missing.get(dataset).stream().map(Enum::name).toList());
            out.add(
                new Excluded(
                    dataset.fileName(),
                    Excluded.Why.FI_TYPE_NOT_CONSENTED,
                    n[0],
                    count(n[0], dataset)
                        + " left out: FI type "
                        + types
                        + " is not in consent "
                        + c.consentId()
                        + " (it covers "
                        + scope.typesText()
                        + ")"));
          }
          if (n[1] > 0) {
            out.add(
                new Excluded(
                    dataset.fileName(),
                    Excluded.Why.OUTSIDE_FI_DATA_RANGE,
                    n[1],
                    count(n[1], dataset)
                        + " left out: dated outside consent "
                        + c.consentId()
                        + "'s FI data range "
                        + range(c.fiDataFrom(), c.fiDataTo())));
          }
        });
    return out;
  }

  private static String count(long n, Dataset dataset) {
    return n + " " + dataset.fileName() + (n == 1 ? " record" : " records");
  }

  private static String range(LocalDate from, LocalDate to) {
    return from + " to " + to;
  }
}
