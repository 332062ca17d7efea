package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the console writes numbers for people: rupees lakh-grouped ({@code ₹12,34,567.00}), counts
 * lakh-grouped, ratios as percentages, times in IST. Templates call it as {@code @fmt}; a missing
 * value is an em dash, never "null" or 0.
 */
@Component("fmt")
public class Fmt {
  /** What the console writes for a value the data does not have. */
  public static final String NONE = "—";

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH);

  /** Rupees of a JSON number (or numeric text), lakh-grouped with two decimals. */
  public String rupees(JsonNode n) {
    BigDecimal v = decimal(n);
    return v == null ? NONE : IndianFormat.rupees(v);
  }

  /** Rupees of a Java number. */
  public String rupees(Number n) {
    return n == null ? NONE : IndianFormat.rupees(new BigDecimal(n.toString()));
  }

  /** A count, lakh-grouped. */
  public String count(JsonNode n) {
    return n == null || !n.isNumber() ? NONE : IndianFormat.count(n.asLong());
  }

  /** A ratio (0.4567) as a percentage with one decimal (45.7%). */
  public String pct(JsonNode n) {
    if (n == null || !n.isNumber()) {
      return NONE;
    }
    return String.format(Locale.ROOT, "%.1f%%", n.asDouble() * 100);
  }

  /** A plain number with up to two decimals (a score, days, a multiple). */
  public String num(JsonNode n) {
    if (n == null || !n.isNumber()) {
      return n == null || n.isNull() || n.isMissingNode() ? NONE : n.asText();
    }
    if (n.isIntegralNumber()) {
      return IndianFormat.count(n.asLong());
    }
    return new BigDecimal(n.asText()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The text of a JSON value, or the dash. */
  public String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() || n.asText().isBlank() ? NONE : n.asText();
  }

  /** A time in IST, to the minute. */
  public String when(OffsetDateTime t) {
    return t == null ? NONE : WHEN.format(t.atZoneSameInstant(IST));
  }

  /** A time given as ISO-8601 text, in IST to the minute (the text itself if it is not one). */
  public String when(String iso) {
    if (iso == null || iso.isBlank()) {
      return NONE;
    }
    try {
      return when(OffsetDateTime.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  private static BigDecimal decimal(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    try {
      return new BigDecimal(n.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
