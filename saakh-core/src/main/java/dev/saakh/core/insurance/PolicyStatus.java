package dev.saakh.core.insurance;

/** Whether premiums are being paid. */
public enum PolicyStatus {
  ACTIVE,
  LAPSED
}
