package dev.saakh.server.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What retention will delete: items due now and items falling due before {@code until}. Customer
 * ids, rules, times and row counts only.
 */
public record RetentionReport(Instant asOf, Instant until, List<Item> dueNow, List<Item> dueSoon) {
  public RetentionReport {
    dueNow = List.copyOf(dueNow);
    dueSoon = List.copyOf(dueSoon);
  }

  /**
   * One customer's due deletion.
   *
   * @param since what the rule counts from
   * @param due when it falls due
   * @param jobUnderWay a job for the customer is QUEUED or RUNNING, so the run skips it for now
   * @param rows rows that would be deleted per table (those held now)
   */
  public record Item(
      String customerId,
      String rule,
      boolean erasesCustomer,
      Instant since,
      Instant due,
      boolean jobUnderWay,
      Map<String, Long> rows) {
    public Item {
      rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    static Item of(Due d, boolean busy, Map<String, Long> rows) {
      return new Item(
          d.customerId(),
          d.rule().label(),
          d.rule().erasesCustomer(),
          d.since(),
          d.at(),
          busy,
          rows);
    }
  }
}
