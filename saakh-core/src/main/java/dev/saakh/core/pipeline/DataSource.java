package dev.saakh.core.pipeline;

/** Where the data a decision rests on came from; recorded in every decision record. */
public enum DataSource {
  /** The lake's raw files, cleaned in memory for the decision. */
  LAKE_RAW("the lake's raw files"),
  /** The clean files {@code saakh clean} kept (the raw lines were deleted after cleaning). */
  LAKE_CLEAN("the lake's clean files (raw data deleted after cleaning)"),
  /** Generated on request by the simulated FIPs: not a real customer's data. */
  SIMULATED("simulated by the generator, not fetched from a real source"),
  /**
   * Fetched from the customer's FIPs through an Account Aggregator under a signed consent (ReBIT AA
   * API), decrypted and cleaned by the server.
   */
  AA("fetched through an Account Aggregator under the customer's signed consent");

  private final String text;

  DataSource(String text) {
    this.text = text;
  }

  /** For people: where the data came from. */
  public String text() {
    return text;
  }
}
