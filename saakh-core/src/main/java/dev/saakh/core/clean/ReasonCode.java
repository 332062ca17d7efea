package dev.saakh.core.clean;

/** Why a raw value or record could not be cleaned as it stood. Quarantine lines carry these. */
public enum ReasonCode {
  EMPTY("the value is missing, null or blank"),
  UNPARSEABLE_DATE("not a date in any known format"),
  IMPOSSIBLE_DATE("a date that does not exist, such as 31/02/2025"),
  UNPARSEABLE_AMOUNT("not an amount in any known format"),
  CONFLICTING_SIGN("the amount carries both a minus sign and a Cr marker, or two markers"),
  AMOUNT_OUT_OF_RANGE("an amount beyond ±10^15 rupees");

  private final String description;

  ReasonCode(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
