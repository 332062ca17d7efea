package dev.saakh.cli;

import dev.saakh.core.clean.AccountChain;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code saakh clean} prints: a table per customer, or totals for a whole lake. */
final class CleanSummary {
  private CleanSummary() {}

  static void customer(PrintWriter out, CleanResult r, double millis, LakeLayout lake) {
    out.printf(Locale.ROOT, "%s cleaned in %.1f ms%n", r.customerId(), millis);
    header(out);
    for (DatasetResult d : r.datasets().values()) {
      row(
          out,
          d.dataset().fileName(),
          d.raw(),
          d.clean().size(),
          d.quarantined().size(),
          d.duplicates().size());
    }
    out.println(CleanCommand.chains(r.chains()));
    out.printf(
        Locale.ROOT,
        "wrote %s, %s and %s%n",
        lake.clean(r.customerId(), Dataset.CUSTOMERS).getParent(),
        lake.quarantine(r.customerId(), Dataset.CUSTOMERS).getParent(),
        lake.cleanLog(r.customerId()));
  }

  static void all(PrintWriter out, Totals t, int customers, double seconds, int unattributed) {
    out.printf(
        Locale.ROOT,
        "cleaned %d customers in %.2f s (%,.0f raw transactions/s)%n",
        customers,
        seconds,
        t.counts.get(Dataset.TRANSACTIONS)[0] / Math.max(seconds, 1e-9));
    header(out);
    for (Map.Entry<Dataset, long[]> e : t.counts.entrySet()) {
      long[] c = e.getValue();
      row(out, e.getKey().fileName(), c[0], c[1], c[2], c[3]);
    }
    out.println(CleanCommand.chains(t.chains));
    if (unattributed > 0) {
      out.printf(
          Locale.ROOT,
          "%d raw lines name no customer: quarantined under quarantine/_unattributed/%n",
          unattributed);
    }
  }

  private static void header(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "  %-18s %10s %10s %12s %11s%n",
        "dataset",
        "raw",
        "clean",
        "quarantined",
        "duplicates");
  }

  private static void row(PrintWriter out, String name, long raw, long clean, long q, long d) {
    out.printf(Locale.ROOT, "  %-18s %,10d %,10d %,12d %,11d%n", name, raw, clean, q, d);
  }

  /** Running totals over customers (counts only; no customer data is kept). */
  static final class Totals {
    final Map<Dataset, long[]> counts = new EnumMap<>(Dataset.class);
    final List<AccountChain> chains = new ArrayList<>();

    Totals() {
      for (Dataset d : Dataset.values()) {
        counts.put(d, new long[4]);
      }
    }

    synchronized void add(CleanResult r) {
      for (DatasetResult d : r.datasets().values()) {
        long[] c = counts.get(d.dataset());
        c[0] += d.raw();
        c[1] += d.clean().size();
        c[2] += d.quarantined().size();
        c[3] += d.duplicates().size();
      }
      for (AccountChain a : r.chains()) {
        chains.add(
            new AccountChain(
                a.accountId(),
                a.entries(),
                a.linksChecked(),
                List.of(),
                a.breakCount(),
                0,
                0,
                0,
                0));
      }
    }
  }
}
