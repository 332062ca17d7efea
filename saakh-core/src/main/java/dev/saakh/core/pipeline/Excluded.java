package dev.saakh.core.pipeline;

import java.util.Objects;

/**
 * Records of one dataset a decision did not read because the consent it used does not allow them
 * (DPDP purpose limitation, DESIGN §8): recorded in the decision record so an auditor sees what was
 * left out, and why.
 *
 * @param dataset the dataset's file name, e.g. {@code gst}
 * @param reason why the records were left out
 * @param records how many records were left out (at least 1)
 * @param what for people: what was left out and under which consent
 */
public record Excluded(String dataset, Why reason, long records, String what) {
  /** Why records fall outside a consent's scope. */
  public enum Why {
    /** The consent's {@code fiTypes} do not include the records' FI type. */
    FI_TYPE_NOT_CONSENTED,
    /** The records' date lies outside the consent's {@code [fiDataFrom, fiDataTo]}. */
    OUTSIDE_FI_DATA_RANGE
  }

  public Excluded {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(what, "what");
    if (records < 1) {
      throw new IllegalArgumentException(
          "an exclusion leaves out at least one record, was " + records);
    }
  }
}
