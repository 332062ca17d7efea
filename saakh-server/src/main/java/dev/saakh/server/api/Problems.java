package dev.saakh.server.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem documents with Saakh's stable {@code type} per error code. */
public final class Problems {
  /** Every problem type is this base plus the error code, e.g. {@code …/problems/no-consent}. */
  public static final String TYPE_BASE = "https://saakh.dev/problems/";

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String code, String detail, String field) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPE_BASE + code));
    p.setTitle(status.getReasonPhrase());
    p.setProperty("code", code);
    if (field != null) {
      p.setProperty("field", field);
    }
    return p;
  }

  public static ResponseEntity<ProblemDetail> response(
      HttpStatus status, String code, String detail, String field) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(status, code, detail, field));
  }
}
