package dev.saakh.core.insurance;

/** Kind of insurance cover. */
public enum PolicyType {
  LIFE,
  HEALTH,
  VEHICLE,
  TERM,
  PROPERTY
}
