package dev.saakh.core.bank;

/** ReBIT deposit account type. */
public enum AccountType {
  SAVINGS,
  CURRENT
}
