package dev.saakh.server.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container sends for errors no controller handled (a URL the firewall refuses, a
 * path nobody serves): a problem document too, never Boot's default page or a stack trace.
 */
@RestController
public class ErrorApi implements ErrorController {
  @RequestMapping("/error")
  public Object error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i && HttpStatus.resolve(i) != null
            ? HttpStatus.valueOf(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    if (wantsPage(request)) {
      return page(request, status);
    }
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

  /** A person's browser on a console page (not an API call) gets a page, not JSON. */
  private static boolean wantsPage(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html") && !path.startsWith("/api/");
  }

  /**
   * The page: a refusal's own message (the security layer's 403 says which role may not open what),
   * a generic line for anything else, never an exception's text.
   */
  private static ModelAndView page(HttpServletRequest request, HttpStatus status) {
    ModelAndView page = new ModelAndView("error", status);
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String text =
        status.is4xxClientError() && message != null && !message.toString().isBlank()
            ? message.toString()
            : switch (status) {
              case NOT_FOUND -> "There is no such page.";
              case METHOD_NOT_ALLOWED -> "That action is not allowed here.";
              default ->
                  status.is5xxServerError()
                      ? "The server failed; the operator can find the details in its log."
                      : status.getReasonPhrase();
            };
    page.addObject("status", status.value());
    page.addObject("message", text);
    return page;
  }
}
