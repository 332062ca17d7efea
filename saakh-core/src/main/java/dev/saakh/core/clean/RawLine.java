package dev.saakh.core.clean;

import java.util.Objects;

/**
 * One line of a raw lake file, as read: its 1-based line number in the file, its text, and a
 * problem with the line itself (not with the record in it), if any.
 *
 * @param text the line without its line break; for {@link ReasonCode#INVALID_UTF8} the bytes read
 *     as ISO-8859-1 (so every byte is kept), for {@link ReasonCode#LINE_TOO_LONG} only the start
 * @param byteLength the line's length in bytes, without its line break
 * @param problem {@link ReasonCode#INVALID_UTF8}, {@link ReasonCode#LINE_TOO_LONG}, {@link
 *     ReasonCode#CUT_LINE} (the file's cut last line), {@link ReasonCode#JSON_ARRAY_FILE} (a line
 *     of a file that is a JSON array) or null
 */
public record RawLine(long number, String text, long byteLength, ReasonCode problem) {
  public RawLine {
    Objects.requireNonNull(text, "text");
    if (number < 1) {
      throw new IllegalArgumentException("line number must be positive: " + number);
    }
  }

  /** This line with a problem of its own, unless it already has one (which is kept). */
  RawLine withProblem(ReasonCode code) {
    return problem != null ? this : new RawLine(number, text, byteLength, code);
  }

  /** A well-formed line (tests and in-memory callers). */
  public static RawLine of(long number, String text) {
    return new RawLine(number, text, text.length(), null);
  }
}
