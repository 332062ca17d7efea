package dev.saakh.core.clean;

/**
 * What is wrong with a whole raw file, as {@link RawIndex#problems()} reports it: damage that no
 * single line's quarantine entry explains. Each is reported once per file; the lines involved are
 * still quarantined one by one, so nothing is dropped.
 */
public enum ProblemCode {
  /**
   * The file ends without a line break and its last line is not complete JSON: it was cut
   * mid-record (a copy or download stopped early). That line is quarantined as {@link
   * ReasonCode#CUT_LINE}.
   */
  CUT_LAST_LINE("the last line ends without a line break and is not complete JSON"),
  /**
   * The file is a JSON array ({@code [ {...}, {...} ]}, on one line or pretty-printed), not NDJSON
   * with one object per line. None of its lines is read as a record or given to a customer; each is
   * quarantined as unattributed with {@link ReasonCode#JSON_ARRAY_FILE}.
   */
  JSON_ARRAY("the file is a JSON array, not NDJSON with one JSON object per line"),
  /** A directory (or another kind of non-file) stands where the file should be: no lines read. */
  NOT_A_FILE("a directory or other non-file stands where the file should be"),
  /** The file could not be read (permissions, a broken link, an I/O error): no lines read. */
  UNREADABLE("the file could not be read");

  private final String description;

  ProblemCode(String description) {
    this.description = description;
  }

  /** One line for people. */
  public String description() {
    return description;
  }
}
