package dev.saakh.core.bank;

/** Whose account this is within one customer's data. */
public enum HolderRole {
  /** The MSME's own business account. */
  BUSINESS,
  /** A personal account of one of the MSME's directors or partners. */
  DIRECTOR,
  /** A consumer's own account. */
  INDIVIDUAL
}
