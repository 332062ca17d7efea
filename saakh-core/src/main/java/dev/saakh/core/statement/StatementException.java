package dev.saakh.core.statement;

import java.util.Objects;

/**
 * A statement file that cannot be read: a code, and a message naming the source, the line or JSON
 * path, and what was wrong.
 */
public final class StatementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Code {
    /** Nothing but whitespace (or a byte-order mark). */
    EMPTY,
    /** Over {@link BankStatementFile#MAX_BYTES}. */
    TOO_LARGE,
    /** Starts like JSON but is not valid JSON (or not UTF-8). */
    NOT_JSON,
    /** Starts like XML but is not well-formed XML (or declares a DTD). */
    NOT_XML,
    /**
     * Neither clean transactions NDJSON nor a ReBIT DEPOSIT document; or a bank export without a
     * header row of a known bank's layout.
     */
    UNKNOWN_FORMAT,
    /**
     * A clean NDJSON line or a ReBIT element that is not the record it should be; or a bank export
     * that is not UTF-8 CSV text (a quote never closed, a cell or row beyond any bank's).
     */
    BAD_RECORD,
    /** Clean NDJSON lines of more than one customer. */
    MIXED_CUSTOMERS,
    /** Two clean NDJSON lines with the same {@code transaction_id} and different content. */
    DUPLICATE_ID_CONFLICT,
    /** A ReBIT document without a single transaction. */
    NO_TRANSACTIONS
  }

  private final Code code;

  public StatementException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public Code code() {
    return code;
  }
}
