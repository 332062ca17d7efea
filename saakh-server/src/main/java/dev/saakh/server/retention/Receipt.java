package dev.saakh.server.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An erasure as the audit chain records it: which customer, by which rule, what was deleted (rows
 * per table, in deletion order) and when.
 *
 * @param since what the rule counted from (the decision, the revocation, the fetch, the clean)
 * @param due when it fell due
 * @param asOf the instant the job ran as of
 * @param rows rows deleted per table
 * @param auditSeq the sequence number of the receipt in the audit log
 */
public record Receipt(
    String customerId,
    String rule,
    Instant since,
    Instant due,
    Instant asOf,
    Map<String, Long> rows,
    long auditSeq) {
  public Receipt {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(rule, "rule");
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Rows deleted in all. */
  public long total() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The audit row's detail: rule, its times, and rows per table. */
  static String detail(Due d, Instant asOf, Map<String, Long> rows) {
    StringBuilder b = new StringBuilder();
    b.append("rule ").append(d.rule().label()).append(" (since ").append(d.since());
    b.append(", due ").append(d.at()).append(", run as of ").append(asOf).append("):");
    String sep = " ";
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return b.toString();
  }
}
