package dev.saakh.core.consent;

/** What the FIU may do with the data. */
public enum ConsentMode {
  VIEW,
  STORE,
  QUERY,
  STREAM
}
