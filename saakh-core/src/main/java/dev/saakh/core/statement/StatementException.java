package dev.saakh.core.statement;

/** A statement file that cannot be read, with a code and a message naming what was wrong. */
public final class StatementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Code {
    EMPTY,
    TOO_LARGE,
    NOT_JSON,
    UNKNOWN_FORMAT,
    BAD_RECORD,
    MIXED_CUSTOMERS,
    NO_TRANSACTIONS
  }

  private final Code code;

  StatementException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
