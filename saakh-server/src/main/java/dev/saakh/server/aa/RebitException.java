package dev.saakh.server.aa;

import dev.saakh.server.api.ApiException;
import org.springframework.http.HttpStatus;

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

  /**
   * The other party's answer was not used (wrong signature, txnid, consent, customer, content): 502
   * {@code ResponseDiscarded}; nothing of it is stored.
   */
  public static RebitException discarded(String why, String txnid) {
    return new RebitException(502, "ResponseDiscarded", why, txnid);
  }

  /**
   * This refusal as the lender API's problem: {@code aa-response-discarded} (502) when the AA's
   * answer was discarded, {@code aa-refused} (502; 503 when the AA did not answer) otherwise.
   */
  public ApiException problem() {
    HttpStatus http = status == 503 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
    String code = "ResponseDiscarded".equals(errorCode) ? "aa-response-discarded" : "aa-refused";
    return new ApiException(http, code, getMessage());
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
