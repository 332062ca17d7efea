package dev.saakh.core.clean;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.saakh.core.lake.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * A raw record that could not be cleaned: where it was, why, and the raw line itself, so nothing is
 * lost even after the raw file is deleted (except the tail of an over-long line, see {@link
 * ReasonCode#LINE_TOO_LONG}; such lines are never deleted from raw).
 *
 * @param recordId the record's id when one could be read, else null
 * @param rawEncoding {@code UTF-8}, or {@code ISO-8859-1} when the line was not valid UTF-8
 */
@JsonPropertyOrder({"customer_id", "dataset", "line", "record_id", "reasons", "raw_bytes"})
public record Quarantined(
    String customerId,
    String dataset,
    long line,
    String recordId,
    List<Reason> reasons,
    long rawBytes,
    String rawEncoding,
    String rawLine) {

  public Quarantined {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(rawLine, "rawLine");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a quarantined record needs a reason");
    }
  }

  static Quarantined of(
      String customerId, Dataset dataset, RawLine raw, String id, List<Reason> r) {
    return new Quarantined(
        customerId,
        dataset.fileName(),
        raw.number(),
        id,
        r,
        raw.byteLength(),
        raw.problem() == ReasonCode.INVALID_UTF8 || raw.problem() == ReasonCode.LINE_TOO_LONG
            ? "ISO-8859-1"
            : "UTF-8",
        raw.text());
  }

  /**
   * A line of a raw file that names no customer (see {@link RawIndex#UNATTRIBUTED}), with the
   * reason it could not be attributed: a problem of the line, not JSON, not an object, or no
   * readable {@code customer_id}.
   */
  public static Quarantined unattributed(Dataset dataset, RawLine line) {
    RecordCleaner.Parsed p = RecordCleaner.parse(RawIndex.UNATTRIBUTED, dataset, line);
    List<Reason> reasons =
        p.reasons().stream()
            .filter(r -> r.code() != ReasonCode.MISSING_ID)
            .map(
                r ->
                    r.code() == ReasonCode.WRONG_CUSTOMER
                        ? new Reason(ReasonCode.MISSING_CUSTOMER, "customer_id", r.detail())
                        : r)
            .toList();
    if (reasons.isEmpty()) {
      reasons = List.of(new Reason(ReasonCode.MISSING_CUSTOMER, "customer_id", null));
    }
    return of(RawIndex.UNATTRIBUTED, dataset, line, p.id(), reasons);
  }
}
