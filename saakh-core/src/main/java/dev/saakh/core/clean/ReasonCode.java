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
  AMOUNT_OUT_OF_RANGE("an amount beyond ±10^15 rupees"),
  INVALID_UTF8("the line is not valid UTF-8; it is kept as ISO-8859-1 text, byte for byte"),
  LINE_TOO_LONG("the line is longer than the longest record accepted; its start is kept"),
  CUT_LINE(
      "the last line of the raw file ends without a line break and is not complete JSON: the"
          + " file was cut mid-record"),
  JSON_ARRAY_FILE(
      "the raw file is a JSON array, not NDJSON with one object per line; its lines are not"
          + " read as records"),
  NOT_JSON("the line is not one JSON value"),
  NOT_AN_OBJECT("the line is JSON but not an object"),
  MISSING_ID("the record has no usable id, so it cannot be tracked"),
  MISSING_CUSTOMER("the record names no customer"),
  WRONG_CUSTOMER("the record names another customer than the file section it was found in"),
  MISSING_FIELD("a required field is missing, null or blank and cannot be derived"),
  INVALID_VALUE("a field has a value of the wrong kind or outside its allowed set"),
  TYPE_UNKNOWN(
      "neither a Dr/Cr marker, a type column, the balance nor the narration tells debit"
          + " from credit"),
  CONFLICTING_TYPE(
      "the type column and the amount's own marker disagree, and the balance cannot"
          + " settle it"),
  ZERO_AMOUNT("a transaction of zero rupees"),
  DUPLICATE_ID_CONFLICT("another record has the same id but different content");

  private final String description;

  ReasonCode(String description) {
    this.description = description;
  }

  /**
   * Whether the code means the line was not read as a record at all (not UTF-8, too long, cut, a
   * line of a JSON-array file, not JSON, not an object), so whatever it held is lost to analysis;
   * the other codes concern a record that was read.
   */
  public boolean unreadableLine() {
    return switch (this) {
      case INVALID_UTF8, LINE_TOO_LONG, CUT_LINE, JSON_ARRAY_FILE, NOT_JSON, NOT_AN_OBJECT -> true;
      case EMPTY,
          UNPARSEABLE_DATE,
          IMPOSSIBLE_DATE,
          DATE_OUT_OF_RANGE,
          UNPARSEABLE_AMOUNT,
          CONFLICTING_SIGN,
          AMOUNT_OUT_OF_RANGE,
          MISSING_ID,
          MISSING_CUSTOMER,
          WRONG_CUSTOMER,
          MISSING_FIELD,
          INVALID_VALUE,
          TYPE_UNKNOWN,
          CONFLICTING_TYPE,
          ZERO_AMOUNT,
          DUPLICATE_ID_CONFLICT ->
          false;
    };
  }

  /** One line for people: logs, quarantine reports, the console. */
  public String description() {
    return description;
  }
}
