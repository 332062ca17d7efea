package dev.saakh.server.aa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every ReBIT message must satisfy before its content is looked at: the API version this
 * server speaks, a timestamp that parses and is within {@link #SKEW} of our clock (Sahamati's FIU
 * scenario 1010 sends one 15 minutes off), and a txnid that is a UUID.
 */
public final class Rebit {
  /** The API version spoken and accepted. */
  public static final String VERSION = "2.0.0";

  /** How far a message's timestamp may be from our clock. */
  public static final Duration SKEW = Duration.ofMinutes(5);

  /** Our timestamps: UTC, milliseconds, as the specification's examples. */
  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** ISO 8601 with an offset written {@code Z}, {@code +05:30} or {@code +0530}. */
  private static final DateTimeFormatter IN =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Rebit() {}

  /** Now, as a message timestamp. */
  public static String now(Clock clock) {
    return timestamp(clock.instant());
  }

  public static String timestamp(Instant at) {
    return OUT.format(at.truncatedTo(ChronoUnit.MILLIS).atOffset(java.time.ZoneOffset.UTC));
  }

  /** A new transaction id (a random UUID, as the specification asks). */
  public static String txnid() {
    return UUID.randomUUID().toString();
  }

  /**
   * The instant of an ISO 8601 date-time with an offset; {@code InvalidRequest} naming the field
   * when it is missing or malformed.
   */
  public static Instant instant(String text, String field, String txnid) {
    if (text == null || text.isBlank()) {
      throw invalid(field + " is missing", txnid);
    }
    try {
      return OffsetDateTime.parse(text.trim(), IN).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          field + " '" + clip(text) + "' is not an ISO 8601 date-time with an offset", txnid);
    }
  }

  /**
   * Checks a message's {@code ver}, {@code timestamp} (against {@code clock}) and {@code txnid}: a
   * wrong version is 404 {@code NoSuchVersion}, the rest 400 {@code InvalidRequest}.
   */
  public static void check(String ver, String timestamp, String txnid, Clock clock) {
    if (txnid == null || !UUID_TEXT.matcher(txnid).matches()) {
      throw invalid("txnid '" + clip(txnid) + "' is not a UUID", null);
    }
    if (!VERSION.equals(ver)) {
      throw new RebitException(
          404,
          "NoSuchVersion",
          "version '" + clip(ver) + "' is not spoken here (" + VERSION + ")",
          txnid);
    }
    Instant at = instant(timestamp, "timestamp", txnid);
    Duration off = Duration.between(clock.instant(), at).abs();
    if (off.compareTo(SKEW) > 0) {
      throw invalid(
          "timestamp "
              + timestamp
              + " is "
              + off.toMinutes()
              + " min from this server's clock (at most "
              + SKEW.toMinutes()
              + " min)",
          txnid);
    }
  }

  /** {@code InvalidRequest} (400). */
  public static RebitException invalid(String why, String txnid) {
    return new RebitException(400, "InvalidRequest", why, txnid);
  }

  /** A value for a message, cut to 60 characters. */
  public static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The reply a party sends when it refuses a message. */
  public static Messages.ErrorResponse error(RebitException e, Clock clock) {
    return new Messages.ErrorResponse(
        VERSION, now(clock), e.txnid(), e.errorCode(), e.getMessage());
  }
}
