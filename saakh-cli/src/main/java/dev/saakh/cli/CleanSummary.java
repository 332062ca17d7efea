package dev.saakh.cli;

import dev.saakh.core.clean.AccountChain;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code saakh clean} prints: a table per customer, or totals for a whole lake, counts
 * lakh-grouped; and on stderr one warning per damaged raw file.
 */
final class CleanSummary {
  private CleanSummary() {}

  static void customer(PrintWriter out, CleanResult r, double millis, LakeLayout lake) {
    out.printf(Locale.ROOT, "%s cleaned in %.1f ms%n", r.customerId(), millis);
    header(out, false);
    for (DatasetResult d : r.datasets().values()) {
      row(
          out,
          d.dataset().fileName(),
          new long[] {
            d.raw(), d.clean().size(), d.quarantined().size(), d.duplicates().size(), -1
          });
    }
    out.println(CleanCommand.chains(r.chains()));
    out.printf(
        Locale.ROOT,
        "wrote %s, %s and %s%n",
        lake.clean(r.customerId(), Dataset.CUSTOMERS).getParent(),
        lake.quarantine(r.customerId(), Dataset.CUSTOMERS).getParent(),
        lake.cleanLog(r.customerId()));
  }

  /**
   * The lake's totals. Lines that name no customer are counted in {@code raw} and {@code
   * quarantined} (they are quarantined under {@code _unattributed}), so every row still adds up,
   * and shown in a column of their own when there are any.
   */
  static void all(
      PrintWriter out, Totals t, int customers, double seconds, Map<Dataset, Long> unattributed) {
    out.printf(
        Locale.ROOT,
        "cleaned %s in %.2f s (%s raw transactions/s)%n",
        IndianFormat.count(customers, "customer"),
        seconds,
        IndianFormat.count(
            Math.round(t.counts.get(Dataset.TRANSACTIONS)[0] / Math.max(seconds, 1e-9))));
    long orphans = unattributed.values().stream().mapToLong(Long::longValue).sum();
    header(out, orphans > 0);
    for (Map.Entry<Dataset, long[]> e : t.counts.entrySet()) {
      long[] c = e.getValue();
      long u = unattributed.getOrDefault(e.getKey(), 0L);
      row(
          out,
          e.getKey().fileName(),
          new long[] {c[0] + u, c[1], c[2] + u, c[3], orphans > 0 ? u : -1});
    }
    out.println(CleanCommand.chains(t.chains));
    if (orphans > 0) {
      out.printf(
          Locale.ROOT,
          "%s no customer (not JSON, no customer_id, or a damaged file): counted in raw and"
              + " quarantined, under quarantine/%s/%n",
          IndianFormat.count(orphans, "raw line names", "raw lines name"),
          RawIndex.UNATTRIBUTED);
    }
  }

  /**
   * Prints on {@code err} one warning per damaged raw file and per file with lines that name no
   * customer; returns whether there was any (the command then exits {@link Main#DAMAGED_INPUT}).
   *
   * @param quarantined whether this run quarantined the unattributed lines ({@code --all})
   */
  static boolean warnings(PrintWriter err, RawIndex index, LakeLayout lake, boolean quarantined) {
    boolean any = false;
    for (RawIndex.Problem p : index.problems()) {
      err.println("saakh: warning: " + p.message());
      any = true;
    }
    for (Dataset d : Dataset.values()) {
      long n = index.unattributedLines(d);
      if (n == 0) {
        continue;
      }
      any = true;
      err.printf(
          Locale.ROOT,
          "saakh: warning: %s: %s no customer; %s%n",
          lake.root().relativize(lake.raw(d)).toString().replace('\\', '/'),
          IndianFormat.count(n, "line names", "lines name"),
          quarantined
              ? (n == 1 ? "it is" : "they are")
                  + " quarantined in quarantine/"
                  + RawIndex.UNATTRIBUTED
                  + "/"
                  + d.fileName()
                  + ".ndjson"
              : "not cleaned here ('saakh clean --all' quarantines "
                  + (n == 1 ? "it" : "them")
                  + ")");
    }
    if (any) {
      err.println(
          "saakh: warning: the raw data is damaged; everything readable was cleaned (exit code "
              + Main.DAMAGED_INPUT
              + ")");
    }
    return any;
  }

  private static void header(PrintWriter out, boolean unattributed) {
    out.printf(
        Locale.ROOT,
        "  %-18s %12s %12s %12s %11s%s%n",
        "dataset",
        "raw",
        "clean",
        "quarantined",
        "duplicates",
        unattributed ? String.format(Locale.ROOT, " %12s", "no customer") : "");
  }

  /** raw, clean, quarantined, duplicates and (when not negative) lines of no customer. */
  private static void row(PrintWriter out, String name, long[] c) {
    out.printf(
        Locale.ROOT,
        "  %-18s %12s %12s %12s %11s%s%n",
        name,
        IndianFormat.count(c[0]),
        IndianFormat.count(c[1]),
        IndianFormat.count(c[2]),
        IndianFormat.count(c[3]),
        c[4] < 0 ? "" : String.format(Locale.ROOT, " %12s", IndianFormat.count(c[4])));
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
