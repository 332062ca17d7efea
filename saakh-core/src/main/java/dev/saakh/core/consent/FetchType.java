package dev.saakh.core.consent;

/** Whether data is fetched once or periodically. */
public enum FetchType {
  ONETIME,
  PERIODIC
}
