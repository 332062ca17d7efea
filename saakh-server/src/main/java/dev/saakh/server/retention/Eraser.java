package dev.saakh.server.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a customer's rows, children before the customer, in one transaction. The audit log is
 * never touched: an erasure is recorded as a new audit row.
 */
@Component
class Eraser {
  /** Every table holding the customer's data, in deletion order (children first). */
  static final List<String> TABLES =
      List.of(
          "raw_record",
          "clean_record",
          "quarantine_record",
          "clean_log",
          "analysis_report",
          "decision",
          "job",
          "fi_session",
          "aa_consent",
          "console_case",
          "customer");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final FactsReader facts;

  Eraser(JdbcTemplate jdbc, TransactionTemplate tx, FactsReader facts) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.facts = facts;
  }

  /** Rows held per table, in deletion order. */
  Map<String, Long> count(String customerId, List<String> tables) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : tables) {
      Long n =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM " + t + " WHERE customer_id = ?", Long.class, customerId);
      out.put(t, n == null ? 0 : n);
    }
    return out;
  }

  /**
   * Deletes the customer's rows in {@code tables} (in that order) in one transaction; empty when a
   * job for the customer is QUEUED or RUNNING (nothing is deleted).
   */
  Optional<Map<String, Long>> delete(String customerId, List<String> tables) {
    return tx.execute(
        s -> {
          if (facts.busy(customerId)) {
            return Optional.<Map<String, Long>>empty();
          }
          Map<String, Long> out = new LinkedHashMap<>();
          for (String t : tables) {
            long n = jdbc.update("DELETE FROM " + t + " WHERE customer_id = ?", customerId);
            out.put(t, n);
          }
          return Optional.of(out);
        });
  }
}
