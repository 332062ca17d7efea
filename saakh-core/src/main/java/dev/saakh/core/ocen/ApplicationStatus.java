package dev.saakh.core.ocen;

/** OCEN loan application lifecycle, in order. */
public enum ApplicationStatus {
  CREATED,
  OFFERED,
  GRANTED,
  REJECTED,
  DISBURSED,
  CLOSED
}
