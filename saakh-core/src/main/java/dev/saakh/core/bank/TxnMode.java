package dev.saakh.core.bank;

/**
 * ReBIT transaction mode. NEFT, RTGS and IMPS are all {@link #FT}: the real rail is read from the
 * narration into {@link Channel}.
 */
public enum TxnMode {
  CASH,
  ATM,
  CARD,
  UPI,
  FT,
  OTHERS
}
