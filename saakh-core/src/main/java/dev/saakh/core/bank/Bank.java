package dev.saakh.core.bank;

/**
 * Indian banks Saakh knows, with the 4-letter IFSC bank code (an IFSC is that code, a literal 0,
 * and a 6-character branch code) and the statement shape each one writes.
 */
public enum Bank {
  HDFC("HDFC Bank", "HDFC", "okhdfcbank"),
  ICICI("ICICI Bank", "ICIC", "okicici"),
  SBI("State Bank of India", "SBIN", "oksbi"),
  AXIS("Axis Bank", "UTIB", "okaxis"),
  KOTAK("Kotak Mahindra Bank", "KKBK", "kotak"),
  PNB("Punjab National Bank", "PUNB", "pnb"),
  BOB("Bank of Baroda", "BARB", "barodampay"),
  YES("Yes Bank", "YESB", "ybl"),
  INDUSIND("IndusInd Bank", "INDB", "indus"),
  IDFC("IDFC First Bank", "IDFB", "idfcbank"),
  CANARA("Canara Bank", "CNRB", "cnrb"),
  UNION("Union Bank of India", "UBIN", "unionbank");

  private final String displayName;
  private final String ifscCode;
  private final String vpaHandle;

  Bank(String displayName, String ifscCode, String vpaHandle) {
    this.displayName = displayName;
    this.ifscCode = ifscCode;
    this.vpaHandle = vpaHandle;
  }

  public String displayName() {
    return displayName;
  }

  /** The 4-letter bank code that starts every IFSC of this bank. */
  public String ifscCode() {
    return ifscCode;
  }

  /** The UPI handle this bank's app issues, as in {@code name@okhdfcbank}. */
  public String vpaHandle() {
    return vpaHandle;
  }

  /** The bank whose IFSC starts with {@code ifsc}'s first four letters, or null. */
  public static Bank fromIfsc(String ifsc) {
    if (ifsc == null || ifsc.length() < 4) {
      return null;
    }
    for (Bank bank : values()) {
      if (ifsc.regionMatches(true, 0, bank.ifscCode, 0, 4)) {
        return bank;
      }
    }
    return null;
  }
}
