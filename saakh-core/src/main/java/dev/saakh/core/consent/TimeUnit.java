package dev.saakh.core.consent;

/** Unit of a consent's data life or fetch frequency. */
public enum TimeUnit {
  HOUR,
  DAY,
  MONTH,
  YEAR,
  INF
}
