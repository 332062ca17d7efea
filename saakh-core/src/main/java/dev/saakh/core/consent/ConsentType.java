package dev.saakh.core.consent;

/** Which parts of an FI's data the consent covers. */
public enum ConsentType {
  PROFILE,
  SUMMARY,
  TRANSACTIONS
}
