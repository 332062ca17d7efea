package dev.saakh.core.clean;

import dev.saakh.core.bank.Account;
import dev.saakh.core.lake.Dataset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clean stage for one customer: raw lines of every dataset in, typed records, quarantine,
 * duplicates and balance-chain results out, with {@code raw = clean + quarantined + duplicates}
 * enforced for every dataset. Accounts are cleaned before transactions, which need their holders to
 * pair own-account transfers. Never throws on data. One instance per thread (it reuses parser
 * scratch); instances are cheap.
 */
public final class Cleaner {
  private final NarrationParser narrations;
  private final RecordCleaner records = new RecordCleaner();
  private final TransactionCleaner transactions;

  public Cleaner(NarrationParser narrations) {
    this.narrations = Objects.requireNonNull(narrations, "narrations");
    this.transactions = new TransactionCleaner(narrations);
  }

  /** A cleaner with the narration rules that ship with Saakh. */
  public static Cleaner withDefaults() {
    return new Cleaner(NarrationParser.defaults());
  }

  /** Cleans one customer's raw lines (a dataset absent from the map has no lines). */
  public CleanResult clean(String customerId, Map<Dataset, List<RawLine>> raw) {
    Objects.requireNonNull(customerId, "customerId");
    Map<Dataset, DatasetResult> out = new EnumMap<>(Dataset.class);
    Map<Dataset, Long> nanos = new EnumMap<>(Dataset.class);
    List<AccountChain> chains = List.of();
    for (Dataset dataset : order()) {
      List<RawLine> lines = raw.getOrDefault(dataset, List.of());
      long start = System.nanoTime();
      if (dataset == Dataset.TRANSACTIONS) {
        List<Account> accounts = out.get(Dataset.ACCOUNTS).records(Account.class);
        TransactionCleaner.Result r = transactions.clean(customerId, lines, accounts);
        out.put(dataset, r.dataset());
        chains = r.chains();
      } else {
        out.put(dataset, records.clean(customerId, dataset, lines));
      }
      nanos.put(dataset, System.nanoTime() - start);
    }
    return new CleanResult(customerId, narrations.rulesVersion(), out, chains, nanos);
  }

  /** Accounts before transactions; otherwise the lake's dataset order. */
  private static List<Dataset> order() {
    return List.of(
        Dataset.CUSTOMERS,
        Dataset.CONSENTS,
        Dataset.ACCOUNTS,
        Dataset.TRANSACTIONS,
        Dataset.GST,
        Dataset.CREDIT_REPORTS,
        Dataset.POLICIES,
        Dataset.MUTUAL_FUNDS,
        Dataset.ONDC_ORDERS,
        Dataset.OCEN_APPLICATIONS);
  }
}
