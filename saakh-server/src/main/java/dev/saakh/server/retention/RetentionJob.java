package dev.saakh.server.retention;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention rules: at each run, every customer whose erasure is due is erased (all its
 * rows, one transaction) and raw records of cleaned customers are deleted; each erasure writes a
 * {@code retention.erase} receipt to the audit chain. A customer with a QUEUED or RUNNING job is
 * skipped (and stays due).
 */
@Component
public class RetentionJob {
  static final Caller SYSTEM = new Caller("saakh-retention", null);
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final RetentionRules rules;
  private final FactsReader facts;
  private final Eraser eraser;
  private final AuditLog audit;
  private final Clock clock;
  private final boolean enabled;
  private final ReentrantLock running = new ReentrantLock();

  RetentionJob(
      FactsReader facts,
      Eraser eraser,
      AuditLog audit,
      Clock clock,
      @Value("${saakh.retention.enabled:true}") boolean enabled,
      @Value("${saakh.retention.raw-after-clean:true}") boolean rawAfterClean,
      @Value("${saakh.retention.approved:P90D}") String approved,
      @Value("${saakh.retention.rejected:P30D}") String rejected,
      @Value("${saakh.retention.revoked:PT24H}") String revoked) {
    this.facts = facts;
    this.eraser = eraser;
    this.audit = audit;
    this.clock = clock;
    this.enabled = enabled;
    this.rules =
        new RetentionRules(
            rawAfterClean,
            Duration.parse(approved.trim()),
            Duration.parse(rejected.trim()),
            Duration.parse(revoked.trim()),
            clock.getZone());
  }

  /** The rules in force. */
  public RetentionRules rules() {
    return rules;
  }

  @Scheduled(
      fixedDelayString = "${saakh.retention.interval:PT1H}",
      initialDelayString = "${saakh.retention.initial-delay:${saakh.retention.interval:PT1H}}")
  void scheduled() {
    if (!enabled) {
      return;
    }
    List<Receipt> done = run(clock.instant());
    if (!done.isEmpty()) {
      LOG.info("retention: {} erasures", done.size());
    }
  }

  /** Erases everything due at {@code now}, for every customer; the receipts. */
  public List<Receipt> run(Instant now) {
    return run(now, null);
  }

  /**
   * Erases what is due at {@code now} for the customers in {@code only} (null: every customer); the
   * receipts, in customer order.
   */
  public List<Receipt> run(Instant now, Collection<String> only) {
    running.lock();
    try {
      List<Receipt> out = new ArrayList<>();
      for (String id : facts.customerIds()) {
        if (only == null || only.contains(id)) {
          one(facts.read(id), now).ifPresent(out::add);
        }
      }
      return List.copyOf(out);
    } finally {
      running.unlock();
    }
  }

  private Optional<Receipt> one(Facts f, Instant now) {
    Optional<Due> erase = rules.erasure(f).filter(d -> d.dueAt(now));
    if (erase.isPresent()) {
      return apply(erase.get(), now, Eraser.TABLES);
    }
    return rules
        .rawDeletion(f)
        .filter(d -> d.dueAt(now))
        .flatMap(d -> apply(d, now, List.of("raw_record")));
  }

  private Optional<Receipt> apply(Due d, Instant now, List<String> tables) {
    Optional<Map<String, Long>> rows = eraser.delete(d.customerId(), tables);
    if (rows.isEmpty()) {
      LOG.info(
          "retention: {} is due ({}) but a job is under way", d.customerId(), d.rule().label());
      return Optional.empty();
    }
    long seq =
        audit.record(
            AuditEntry.of(SYSTEM, d.customerId(), "retention.erase")
                .detail(Receipt.detail(d, now, rows.get())));
    return Optional.of(
        new Receipt(d.customerId(), d.rule().label(), d.since(), d.at(), now, rows.get(), seq));
  }

  /**
   * What retention will do to one customer, by the rules in force: the erasure of everything and
   * the deletion of raw data, each when it falls due (empty when neither applies yet).
   */
  public List<Due> dues(String customerId) {
    Facts f = facts.read(customerId);
    List<Due> out = new ArrayList<>();
    rules.erasure(f).ifPresent(out::add);
    rules.rawDeletion(f).ifPresent(out::add);
    return List.copyOf(out);
  }

  /** What is due at {@code now}, and what falls due within {@code horizon} after it. */
  public RetentionReport report(Instant now, Duration horizon) {
    Instant until = now.plus(horizon);
    List<RetentionReport.Item> dueNow = new ArrayList<>();
    List<RetentionReport.Item> soon = new ArrayList<>();
    for (String id : facts.customerIds()) {
      Facts f = facts.read(id);
      List<Due> items = new ArrayList<>();
      rules.erasure(f).ifPresent(items::add);
      if (items.stream().noneMatch(d -> d.dueAt(now))) {
        rules.rawDeletion(f).ifPresent(items::add);
      }
      for (Due d : items) {
        if (d.at().isAfter(until)) {
          continue;
        }
        List<String> tables = d.rule().erasesCustomer() ? Eraser.TABLES : List.of("raw_record");
        RetentionReport.Item item = RetentionReport.Item.of(d, f.busy(), eraser.count(id, tables));
        (d.dueAt(now) ? dueNow : soon).add(item);
      }
    }
    return new RetentionReport(now, until, dueNow, soon);
  }
}
