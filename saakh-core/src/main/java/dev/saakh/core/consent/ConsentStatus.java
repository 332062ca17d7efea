package dev.saakh.core.consent;

/** Consent lifecycle status. */
public enum ConsentStatus {
  ACTIVE,
  PAUSED,
  REVOKED,
  EXPIRED
}
