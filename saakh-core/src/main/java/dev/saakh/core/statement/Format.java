package dev.saakh.core.statement;

/** The kinds of statement file Saakh reads, told apart by content (never by a file's name). */
public enum Format {
  /** Clean transactions NDJSON, as {@code saakh clean} writes {@code transactions_clean.ndjson}. */
  CLEAN_NDJSON,
  /**
   * A ReBIT FI type DEPOSIT document in JSON (one account, a list of them, the generator's file, or
   * an AA gateway's envelope around them).
   */
  REBIT_DEPOSIT_JSON,
  /** A ReBIT FI type DEPOSIT document in XML, the spec's primary form. */
  REBIT_DEPOSIT_XML,
  /** A bank's statement download as comma-, semicolon-, tab- or pipe-separated text. */
  BANK_CSV,
  /** A bank's statement download as an Excel 97–2003 workbook. */
  BANK_XLS,
  /** A bank's statement download as an Excel 2007+ workbook. */
  BANK_XLSX,
  /** A bank's statement as a PDF with a text layer. */
  BANK_PDF,
  /** A ReBIT ConsentArtefact or ConsentDetail JSON: the consent under which the data was shared. */
  REBIT_CONSENT_JSON,
  /** Files of several formats read as one statement. */
  MIXED
}
