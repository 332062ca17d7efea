package dev.saakh.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a client can see, as RFC 9457 problem+json: a stable {@code type} per code, the field
 * at fault, and never a stack trace (an unexpected failure is logged here with a reference the
 * client gets instead). For the API's controllers only: the console's pages answer with a page
 * (console.ConsoleAdvice).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return Problems.response(e.status(), e.code(), e.getMessage(), e.field());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyLimitFilter.BodyTooLarge big) {
        return tooLarge(big);
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      String field = path(u);
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          "unknown-field",
          "unknown field '" + field + "'; known fields: " + u.getKnownPropertyIds(),
          field);
    }
    if (cause instanceof InvalidFormatException f) {
      String field = path(f);
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          "wrong-type",
          "field '"
              + field
              + "' cannot be "
              + quote(f.getValue())
              + " (expected "
              + f.getTargetType().getSimpleName()
              + ")",
          field);
    }
    if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = path(m);
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          "wrong-type",
          "field '" + field + "' has the wrong type or is missing: " + m.getOriginalMessage(),
          field);
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field = path(m);
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          "invalid-field",
          "field '" + field + "': " + rootMessage(m),
          field);
    }
    if (cause instanceof JsonProcessingException j) {
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          "bad-json",
          "the request body is not valid JSON: " + j.getOriginalMessage() + location(j),
          null);
    }
    return Problems.response(
        HttpStatus.BAD_REQUEST, "bad-body", "the request body is missing or unreadable", null);
  }

  @ExceptionHandler(BodyLimitFilter.BodyTooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(BodyLimitFilter.BodyTooLarge e) {
    return Problems.response(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", e.getMessage(), null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "" : e.getRequiredType().getSimpleName();
    String detail = "parameter '" + e.getName() + "' cannot be " + quote(e.getValue());
    if (!expected.isEmpty()) {
      detail += " (expected " + expected + ")";
    }
    return Problems.response(HttpStatus.BAD_REQUEST, "wrong-type", detail, e.getName());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    String code = "customer_id".equals(e.getParameterName()) ? "customer-id-required" : "missing";
    return Problems.response(
        HttpStatus.BAD_REQUEST,
        code,
        "parameter '" + e.getParameterName() + "' is required",
        e.getParameterName());
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return Problems.response(
        HttpStatus.BAD_REQUEST,
        "missing",
        "header '" + e.getHeaderName() + "' is required",
        e.getHeaderName());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return Problems.response(
        HttpStatus.METHOD_NOT_ALLOWED,
        "method-not-allowed",
        e.getMethod() + " is not allowed here; use " + e.getSupportedHttpMethods(),
        null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.response(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        "content type "
            + e.getContentType()
            + " is not accepted; send "
            + e.getSupportedMediaTypes().stream()
                .map(Object::toString)
                .collect(Collectors.joining(", ")),
        null);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return Problems.response(
        HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "this resource is JSON only", null);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return Problems.response(
        HttpStatus.NOT_FOUND, "not-found", "no such resource: /" + e.getResourcePath(), null);
  }

  /** The client went away mid-response: nothing can be sent, and it is not the server's fault. */
  @ExceptionHandler(AsyncRequestNotUsableException.class)
  void clientGone(AsyncRequestNotUsableException e) {
    LOG.debug("client disconnected: {}", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e.getClass().getSimpleName().equals("ClientAbortException")) {
      LOG.debug("client disconnected: {}", e.getMessage());
      return null;
    }
    String ref = UUID.randomUUID().toString();
    LOG.error("internal error, reference {}", ref, e);
    return Problems.response(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "the server failed; the operator can find reference " + ref + " in its log",
        null);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root instanceof JsonMappingException j ? j.getOriginalMessage() : root.getMessage();
  }

  private static String quote(Object value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
