package dev.saakh.server.console;

import java.util.Locale;

/**
 * Why an underwriter opens a customer (DPDP purpose limitation): stated before any data is shown,
 * kept with the case and written to the audit log with every opening.
 */
public enum CasePurpose {
  NEW_LOAN("Underwriting a new loan application"),
  RENEWAL("Renewal or enhancement of an existing loan"),
  REVIEW("Periodic credit review of a borrower"),
  COLLECTIONS("Early warning or collections review");

  private final String text;

  CasePurpose(String text) {
    this.text = text;
  }

  /** What the underwriter reads in the list and the audit records. */
  public String text() {
    return text;
  }

  /** The purpose named {@code name}, or an error listing the purposes. */
  public static CasePurpose parse(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("state a purpose to open a customer");
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown purpose '" + name + "'; purposes are NEW_LOAN, RENEWAL, REVIEW, COLLECTIONS", e);
    }
  }
}
