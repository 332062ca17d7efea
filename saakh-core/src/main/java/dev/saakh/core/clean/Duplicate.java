package dev.saakh.core.clean;

import java.util.Objects;

/**
 * A raw record removed as a copy of another: its id, the id of the record kept, how the two were
 * matched, and the raw line.
 *
 * @param match {@code same_id} (same id, same content) or {@code same_key} (another id, same
 *     account, date, amount, balance and normalised narration)
 */
public record Duplicate(
    String customerId,
    String dataset,
    long line,
    String recordId,
    String duplicateOf,
    String match,
    String rawLine) {

  public Duplicate {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(rawLine, "rawLine");
  }
}
