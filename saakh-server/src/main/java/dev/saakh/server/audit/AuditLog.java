package dev.saakh.server.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log. Appends from every request thread go to one writer, which chains and
 * commits them in batches (group commit): one transaction per batch, so a hundred concurrent reads
 * cost one commit, not a hundred. {@link #record} returns only once the row is committed; a request
 * whose audit row cannot be written fails rather than go unaudited.
 */
@Component
public class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final int BATCH = 512;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean running = true;
  private long lastSeq;
  private String lastHash;

  private record Pending(AuditEntry entry, CompletableFuture<Long> done) {}

  public AuditLog(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    loadTail();
    writer = new Thread(this::run, "saakh-audit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Appends {@code entry} and waits until it is committed; returns its sequence number. */
  public long record(AuditEntry entry) {
    CompletableFuture<Long> done = new CompletableFuture<>();
    if (!running) {
      throw new IllegalStateException("the audit log is closed");
    }
    queue.add(new Pending(entry, done));
    try {
      return done.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the audit log", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the audit log could not be written", e);
    }
  }

  private void loadTail() {
    List<Object[]> tail =
        jdbc.query(
            "SELECT seq, row_hash FROM audit_log ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
            (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    if (tail.isEmpty()) {
      lastSeq = 0;
      lastHash = AuditChain.GENESIS;
    } else {
      lastSeq = (Long) tail.get(0)[0];
      lastHash = (String) tail.get(0)[1];
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(BATCH);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } finally {
        batch.clear();
      }
    }
  }

  /**
   * Appends a batch; when another writer on the same database appended first (the sequence number
   * is taken: a second server, or a test's second application context), the tail is read again and
   * the batch chained after it, up to three times.
   */
  private void write(List<Pending> batch) {
    for (int attempt = 1; ; attempt++) {
      try {
        append(batch);
        return;
      } catch (org.springframework.dao.DuplicateKeyException e) {
        loadTail();
        if (attempt == 3) {
          LOG.error(
              "could not append {} audit rows: the chain's tail kept moving", batch.size(), e);
          batch.forEach(p -> p.done().completeExceptionally(e));
          return;
        }
      } catch (RuntimeException e) {
        LOG.error("could not append {} audit rows", batch.size(), e);
        loadTail();
        batch.forEach(p -> p.done().completeExceptionally(e));
        return;
      }
    }
  }

  private void append(List<Pending> batch) {
    long seq = lastSeq;
    String prev = lastHash;
    List<Object[]> rows = new ArrayList<>(batch.size());
    Instant now = AuditChain.stored(clock.instant());
    for (Pending p : batch) {
      seq++;
      AuditEntry e = p.entry();
      String hash = AuditChain.hash(seq, now, e, prev);
      rows.add(
          new Object[] {
            seq,
            utc(now),
            e.actor(),
            e.role(),
            e.customerId(),
            e.purpose(),
            e.consentId(),
            e.action(),
            e.outcome(),
            e.detail(),
            prev,
            hash
          });
      prev = hash;
    }
    tx.executeWithoutResult(
        s ->
            jdbc.batchUpdate(
                "INSERT INTO audit_log (seq, at, actor, role, customer_id, purpose, consent_id,"
                    + " action, outcome, detail, prev_hash, row_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows));
    long first = lastSeq + 1;
    lastSeq = seq;
    lastHash = prev;
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).done().complete(first + i);
    }
  }

  /** When an audit row was written, in UTC. */
  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  @PreDestroy
  void close() throws InterruptedException {
    running = false;
    writer.join(5_000);
  }
}
