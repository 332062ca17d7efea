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

  public static Instant stored(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public static String hash(long seq, Instant at, AuditEntry e, String prevHash) {
    return hash(
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
        prevHash);
  }

  public static String hash(Row r) {
    return hash(
        r.seq(),
        r.at(),
        r.actor(),
        r.role(),
        r.customerId(),
        r.purpose(),
        r.consentId(),
        r.action(),
        r.outcome(),
        r.detail(),
        r.prevHash());
  }

  @SuppressWarnings("TooManyParameters")
  private static String hash(
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
      String prevHash) {
    Instant t = stored(at);
    long micros = t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    StringBuilder b = new StringBuilder(256);
    for (String field :
        new String[] {
          prevHash,
          Long.toString(seq),
          Long.toString(micros),
          actor,
          role,
          customerId,
          purpose == null ? null : purpose.toString(),
          consentId,
          action,
          outcome,
          detail
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
