package dev.saakh.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decisions and stops as the CLI writes them, byte for byte, never changed: a new decision is a new
 * row, the newest row is the current one, and the older rows are its history. Storing the same
 * decision again (a replay with identical bytes) changes nothing.
 */
@Component
public class DecisionStore {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DecisionStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A stored decision (or stop) without its body. */
  public record Entry(
      String decisionId,
      String customerId,
      OffsetDateTime decidedAt,
      String outcome,
      String sha256,
      String createdBy,
      OffsetDateTime createdAt) {}

  /**
   * Stores a decision record's bytes; returns false when this very decision was already stored with
   * the same bytes.
   *
   * @throws IllegalStateException when a decision with that id was stored with other bytes
   */
  public boolean store(
      String decisionId,
      String customerId,
      OffsetDateTime decidedAt,
      String outcome,
      byte[] body,
      String by) {
    String sha = sha256(body);
    Optional<Entry> old = entry(customerId, decisionId);
    if (old.isPresent()) {
      if (old.get().sha256().equals(sha)) {
        return false;
      }
      throw new IllegalStateException(
          "decision " + decisionId + " is already stored with other contents; it is never changed");
    }
    try {
      jdbc.update(
          "INSERT INTO decision (decision_id, customer_id, decided_at, outcome, body, body_sha256,"
              + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          decisionId,
          customerId,
          decidedAt,
          outcome,
          new String(body, StandardCharsets.UTF_8),
          sha,
          by,
          OffsetDateTime.now(clock));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** The customer's decisions, newest first. */
  public List<Entry> history(String customerId) {
    return jdbc.query(
        "SELECT decision_id, customer_id, decided_at, outcome, body_sha256, created_by, created_at"
            + " FROM decision WHERE customer_id = ? ORDER BY created_at DESC, decision_id DESC",
        (rs, n) ->
            new Entry(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, OffsetDateTime.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class)),
        customerId);
  }

  public Optional<Entry> entry(String customerId, String decisionId) {
    return jdbc
        .query(
            "SELECT decision_id, customer_id, decided_at, outcome, body_sha256, created_by,"
                + " created_at FROM decision WHERE customer_id = ? AND decision_id = ?",
            (rs, n) ->
                new Entry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class)),
            customerId,
            decisionId)
        .stream()
        .findFirst();
  }

  /** The stored bytes of one of the customer's decisions. */
  public Optional<byte[]> body(String customerId, String decisionId) {
    return jdbc
        .query(
            "SELECT body FROM decision WHERE customer_id = ? AND decision_id = ?",
            (rs, n) -> rs.getString(1).getBytes(StandardCharsets.UTF_8),
            customerId,
            decisionId)
        .stream()
        .findFirst();
  }

  static String sha256(byte[] body) {
    return HexFormat.of().formatHex(CustomerStore.sha256().digest(body));
  }
}
