package dev.saakh.core.bank;

/** The payment rail or kind of entry, read from the narration (DESIGN §4.4). */
public enum Channel {
  UPI(TxnMode.UPI),
  IMPS(TxnMode.FT),
  NEFT(TxnMode.FT),
  RTGS(TxnMode.FT),
  NACH(TxnMode.OTHERS),
  ECS(TxnMode.OTHERS),
  CHEQUE(TxnMode.OTHERS),
  ATM(TxnMode.ATM),
  POS(TxnMode.CARD),
  CARD(TxnMode.CARD),
  CASH(TxnMode.CASH),
  INTEREST(TxnMode.OTHERS),
  CHARGE(TxnMode.OTHERS),
  SALARY(TxnMode.FT),
  TRANSFER(TxnMode.FT),
  OTHER(TxnMode.OTHERS);

  private final TxnMode mode;

  Channel(TxnMode mode) {
    this.mode = mode;
  }

  /** The ReBIT mode an AA payload reports for an entry on this channel. */
  public TxnMode mode() {
    return mode;
  }
}
