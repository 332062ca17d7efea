package dev.saakh.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit row: SHA-256 over the previous row's hash and every field of this row, each
 * written as its length, a colon and its UTF-8 text (a null as {@code -}), so no two rows can share
 * an encoding. The first row's previous hash is 64 zeros.
 */
public final class AuditChain {
  /** The previous hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** A stored audit row. {@code at} is kept to the microsecond, as both databases store it. */
  public record Row(
      long seq,
      Instant at,
      String actor,
      String role,
      String customerId,
      Integer purpose,
      String consentId,
      String action,
      String outcome,
      String detail,
      String prevHash,
      String rowHash) {}

  /** The audit table's columns in {@link Row}'s order, for a SELECT. */
  public static final String COLUMNS =
      "seq, at, actor, role, customer_id, purpose, consent_id, action, outcome, detail,"
          + " prev_hash, row_hash";

  /** The row at the cursor of a result set selecting {@link #COLUMNS}. */
  public static Row read(java.sql.ResultSet rs) throws java.sql.SQLException {
    Object purpose = rs.getObject(6);
    return new Row(
        rs.getLong(1),
        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        purpose == null ? null : ((Number) purpose).intValue(),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12));
  }

  public static Instant stored(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The hash row {@code seq} gets when {@code e} is appended at {@code at} after {@code prevHash}.
   */
  public static String hash(long seq, Instant at, AuditEntry e, String prevHash) {
    return hash(
        new Row(
            seq,
            at,
            e.actor(),
            e.role(),
            e.customerId(),
            e.purpose(),
            e.consentId(),
            e.action(),
            e.outcome(),
            e.detail(),
            prevHash,
            null));
  }

  /** A row's hash, from its fields and its previous hash (its own stored hash is not read). */
  public static String hash(Row r) {
    Instant t = stored(r.at());
    long micros = t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    StringBuilder b = new StringBuilder(256);
    for (String field :
        new String[] {
          r.prevHash(),
          Long.toString(r.seq()),
          Long.toString(micros),
          r.actor(),
          r.role(),
          r.customerId(),
          r.purpose() == null ? null : r.purpose().toString(),
          r.consentId(),
          r.action(),
          r.outcome(),
          r.detail()
        }) {
      if (field == null) {
        b.append('-');
      } else {
        b.append(field.length()).append(':').append(field);
      }
      b.append(';');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
