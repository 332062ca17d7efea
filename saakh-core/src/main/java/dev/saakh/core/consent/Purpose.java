package dev.saakh.core.consent;

/** AA consent purpose codes Saakh uses. */
public enum Purpose {
  /** Aggregated statement: used for underwriting. */
  AGGREGATED_STATEMENT(103, "Aggregated statement"),
  /** Account monitoring. */
  ACCOUNT_MONITORING(104, "Explicit consent for monitoring of the accounts");

  private final int code;
  private final String text;

  Purpose(int code, String text) {
    this.code = code;
    this.text = text;
  }

  public int code() {
    return code;
  }

  public String text() {
    return text;
  }
}
