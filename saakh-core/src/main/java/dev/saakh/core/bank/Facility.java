package dev.saakh.core.bank;

/** ReBIT deposit facility: overdraft or cash credit, when the account has one. */
public enum Facility {
  OD,
  CC
}
