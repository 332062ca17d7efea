package dev.saakh.core.clean;

/**
 * Why a raw value or record could not be cleaned as it stood. Quarantine lines and the clean log
 * carry these names, so a constant is never renamed; new reasons (a missing field, a duplicate, a
 * balance that does not chain) are added as the clean stage grows.
 */
public enum ReasonCode {
  EMPTY("the value is missing, null or blank"),
  UNPARSEABLE_DATE("not a date in any known format"),
  IMPOSSIBLE_DATE("a well-formed date or time that does not exist, such as 31/02/2025 or 25:00"),
  DATE_OUT_OF_RANGE("a date before 1900 or after 2199, or an Excel serial outside 20000–80000"),
  UNPARSEABLE_AMOUNT("not an amount in any known format"),
  CONFLICTING_SIGN("an amount whose sign and Dr/Cr marker disagree, such as -1250 Cr or (5) Cr"),
  AMOUNT_OUT_OF_RANGE("an amount beyond ±10^15 rupees");

  private final String description;

  ReasonCode(String description) {
    this.description = description;
  }

  /** One line for people: logs, quarantine reports, the console. */
  public String description() {
    return description;
  }
}
