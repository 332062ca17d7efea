package dev.saakh.synth.model;

import java.util.List;
import java.util.Objects;

/**
 * A labelled pattern the generator injected (fraud, manipulation, or a profile signature), with the
 * ids of the records that carry it. Bank rows are referenced through the transaction table's tag
 * column until ids are assigned at rendering.
 *
 * @param tag the value bank rows of this pattern carry in the transaction table's tag column
 * @param recordIds ids of non-bank records (e.g. GST returns) in the pattern
 */
public record Pattern(int tag, String pattern, String detail, List<String> recordIds) {
  public Pattern {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(detail, "detail");
    recordIds = List.copyOf(recordIds);
  }
}
