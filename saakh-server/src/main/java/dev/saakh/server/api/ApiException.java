package dev.saakh.server.api;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on: an HTTP status, a stable error code (the problem's {@code type}
 * ends in it), a sentence saying what was wrong, and the request field at fault when there is one.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String code;
  private final String field;

  public ApiException(HttpStatus status, String code, String detail, String field) {
    super(detail);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public ApiException(HttpStatus status, String code, String detail) {
    this(status, code, detail, null);
  }

  public static ApiException badRequest(String code, String detail, String field) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, detail, field);
  }

  public static ApiException notFound(String code, String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, code, detail);
  }

  public static ApiException forbidden(String code, String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, code, detail);
  }

  public static ApiException conflict(String code, String detail) {
    return new ApiException(HttpStatus.CONFLICT, code, detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
