package dev.saakh.core.pipeline;

import java.util.Objects;

/**
 * Input that could not be read for a decision: lines of this customer's raw files that were not
 * records at all (cut, not JSON, not UTF-8, over-long), or damage to the lake's raw files that may
 * hide some of this customer's lines (a file that is not NDJSON, lines that name no customer). A
 * decision with a gap is never better than REFER: a person must look at what is missing.
 *
 * @param lines how many lines were lost (at least 1)
 * @param where the file or dataset, e.g. {@code raw/raw_transactions.ndjson}
 * @param what for people: what was lost and why
 */
public record InputGap(long lines, String where, String what) {
  public InputGap {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(what, "what");
    if (lines < 1) {
      throw new IllegalArgumentException("an input gap loses at least one line, was " + lines);
    }
  }
}
