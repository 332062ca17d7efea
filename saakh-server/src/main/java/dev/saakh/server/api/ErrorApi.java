package dev.saakh.server.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container sends for errors no controller handled (a URL the firewall refuses, a
 * path nobody serves): a problem document too, never Boot's default page or a stack trace.
 */
@RestController
public class ErrorApi implements ErrorController {
  @RequestMapping("/error")
  public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i && HttpStatus.resolve(i) != null
            ? HttpStatus.valueOf(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    String detail =
        switch (status) {
          case BAD_REQUEST -> "the request was refused as malformed (check the URL and headers)";
          case NOT_FOUND -> "no such resource";
          case METHOD_NOT_ALLOWED -> "that method is not allowed here";
          default -> status.is5xxServerError() ? "the server failed" : status.getReasonPhrase();
        };
    String type =
        switch (status) {
          case BAD_REQUEST -> "bad-request";
          case NOT_FOUND -> "not-found";
          case METHOD_NOT_ALLOWED -> "method-not-allowed";
          default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
        };
    return Problems.response(status, type, detail, null);
  }
}
