package dev.saakh.server.retention;

/** Why data falls due. Every rule but {@link #RAW_AFTER_CLEAN} erases the whole customer. */
public enum Rule {
  /** Raw FI data once it is cleaned (the clean records are kept). */
  RAW_AFTER_CLEAN("raw-after-clean"),
  /** The latest decision is APPROVE. */
  APPROVED("approved"),
  /** The latest decision is REJECT, REFER, STOPPED or any other outcome but APPROVE. */
  REJECTED("rejected"),
  /** The customer withdrew consent (and holds no other ACTIVE consent). */
  CONSENT_REVOKED("consent-revoked"),
  /** The DataLife of the consent the data was fetched under has passed. */
  DATA_LIFE("data-life");

  private final String label;

  Rule(String label) {
    this.label = label;
  }

  /** The rule's name in reports and receipts. */
  public String label() {
    return label;
  }

  /** Whether the rule erases everything about the customer (not only raw data). */
  public boolean erasesCustomer() {
    return this != RAW_AFTER_CLEAN;
  }
}
