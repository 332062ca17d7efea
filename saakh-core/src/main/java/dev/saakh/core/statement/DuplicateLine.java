package dev.saakh.core.statement;

import java.util.Objects;

/**
 * A line of a clean NDJSON statement that repeats an earlier line exactly (same {@code
 * transaction_id}, same content): removed, so a transaction is never counted twice.
 *
 * @param line the repeating line's number in the file
 * @param firstLine the number of the line that is kept
 */
public record DuplicateLine(long line, String transactionId, long firstLine) {
  public DuplicateLine {
    Objects.requireNonNull(transactionId, "transactionId");
    if (line <= firstLine || firstLine < 1) {
      throw new IllegalArgumentException(
          "a duplicate comes after the line it repeats: " + line + " after " + firstLine);
    }
  }
}
