package dev.saakh.core.statement;

/** The kinds of statement file {@link BankStatementFile} reads, told apart by content. */
public enum Format {
  /** Clean transactions NDJSON, as {@code saakh clean} writes {@code transactions_clean.ndjson}. */
  CLEAN_NDJSON,
  /** A ReBIT FI type DEPOSIT document (one account, a list of them, or the generator's file). */
  REBIT_DEPOSIT_JSON
}
