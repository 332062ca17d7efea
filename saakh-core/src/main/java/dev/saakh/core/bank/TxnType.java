package dev.saakh.core.bank;

/** ReBIT transaction type. */
public enum TxnType {
  CREDIT,
  DEBIT
}
