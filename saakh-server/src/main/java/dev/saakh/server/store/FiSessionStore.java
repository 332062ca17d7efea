package dev.saakh.server.store;

import dev.saakh.core.pipeline.DecisionRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code fi_session} table: each FI data session the FIU opened with the AA ({@code POST
 * /FI/request}), its state, and the FIU's ephemeral key for it (sealed at rest, erased once the
 * data is stored).
 */
@Component
public class FiSessionStore {
  private static final String COLUMNS =
      "session_id, consent_id, customer_id, txnid, data_from, data_to, state, key_material,"
          + " detail, requested_at, updated_at";

  private static final RowMapper<Session> ROW =
      (rs, n) ->
          new Session(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getObject(5, OffsetDateTime.class),
              rs.getObject(6, OffsetDateTime.class),
              rs.getString(7),
              rs.getString(8),
              rs.getString(9),
              rs.getObject(10, OffsetDateTime.class),
              rs.getObject(11, OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  public FiSessionStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One session.
   *
   * @param state REQUESTED, READY, FETCHED (stored, being cleaned and analysed), STORED, FAILED or
   *     EXPIRED
   * @param keyMaterial the FIU's sealed key for the session; null once the data is stored
   * @param detail what happened, for people (FI types, counts, refusals)
   */
  public record Session(
      String sessionId,
      String consentId,
      String customerId,
      String txnid,
      OffsetDateTime dataFrom,
      OffsetDateTime dataTo,
      String state,
      String keyMaterial,
      String detail,
      OffsetDateTime requestedAt,
      OffsetDateTime updatedAt) {}

  public void insert(Session s) {
    jdbc.update(
        "INSERT INTO fi_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.sessionId(),
        s.consentId(),
        s.customerId(),
        s.txnid(),
        s.dataFrom(),
        s.dataTo(),
        s.state(),
        s.keyMaterial(),
        s.detail(),
        s.requestedAt(),
        s.updatedAt());
  }

  public Optional<Session> find(String sessionId) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM fi_session WHERE session_id = ?", ROW, sessionId)
        .stream()
        .findFirst();
  }

  /** The customer's sessions, newest first. */
  public List<Session> byCustomer(String customerId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM fi_session WHERE customer_id = ? ORDER BY requested_at DESC",
        ROW,
        customerId);
  }

  /**
   * Moves a session from one of {@code from} states to {@code to}; false when it was in none of
   * them (another thread moved it first).
   */
  public boolean move(
      String sessionId, List<String> from, String to, String detail, OffsetDateTime at) {
    String in = String.join(",", from.stream().map(s -> "'" + s.replace("'", "") + "'").toList());
    return jdbc.update(
            "UPDATE fi_session SET state = ?, detail = ?, updated_at = ? WHERE session_id = ? AND"
                + " state IN ("
                + in
                + ")",
            to,
            detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail,
            at,
            sessionId)
        == 1;
  }

  /** The data is stored: the session's key is erased. */
  public void stored(String sessionId, String detail, OffsetDateTime at) {
    jdbc.update(
        "UPDATE fi_session SET state = 'STORED', key_material = NULL, detail = ?, updated_at = ?"
            + " WHERE session_id = ?",
        detail.length() > 2000 ? detail.substring(0, 2000) : detail,
        at,
        sessionId);
  }

  /**
   * The session whose data the customer's held data is: the newest STORED one, as the decision
   * record names it (FI types are in its detail's first line, {@code FI types: A, B}).
   */
  public List<DecisionRecord.FetchRef> heldData(String customerId) {
    for (Session s : byCustomer(customerId)) {
      if (s.state().equals("STORED")) {
        return List.of(
            new DecisionRecord.FetchRef(
                s.sessionId(),
                s.consentId(),
                s.dataFrom(),
                s.dataTo(),
                s.updatedAt(),
                fiTypes(s.detail())));
      }
    }
    return List.of();
  }

  private static List<String> fiTypes(String detail) {
    if (detail == null || !detail.startsWith("FI types: ")) {
      return List.of();
    }
    int end = detail.indexOf(';');
    String list = detail.substring("FI types: ".length(), end < 0 ? detail.length() : end);
    return List.of(list.split(", "));
  }
}
