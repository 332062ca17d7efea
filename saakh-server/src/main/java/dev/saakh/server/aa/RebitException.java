package dev.saakh.server.aa;

/**
 * A refusal in the AA protocol: the HTTP status, the specification's error code ({@code
 * InvalidRequest}, {@code InvalidNotifier}, {@code SignatureDoesNotMatch}, {@code NoSuchVersion}
 * …), a message, and the txnid of the message refused (null when unknown).
 */
public class RebitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String txnid;

  public RebitException(int status, String errorCode, String message, String txnid) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.txnid = txnid;
  }

  public int status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  public String txnid() {
    return txnid;
  }

  /** The same refusal, naming the txnid of the message it refuses. */
  public RebitException withTxnid(String id) {
    return txnid != null || id == null
        ? this
        : new RebitException(status, errorCode, getMessage(), id);
  }
}
