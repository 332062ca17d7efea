package dev.saakh.server.console;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.security.Caller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's pages answer a refusal with a page a person can read (the API answers the same
 * refusal with problem+json): the status, the code and the service's own message. Every page gets
 * the signed-in caller as {@code who}.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {
  @ModelAttribute("who")
  Caller who() {
    return Caller.current();
  }

  @ExceptionHandler(ApiException.class)
  ModelAndView refused(ApiException e) {
    ModelAndView page = new ModelAndView("console/refused");
    page.setStatus(e.status());
    page.addObject("status", e.status().value());
    page.addObject("code", e.code());
    page.addObject("message", e.getMessage());
    page.addObject("who", Caller.current());
    return page;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ModelAndView bad(IllegalArgumentException e, Model model) {
    ModelAndView page = new ModelAndView("console/refused");
    page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
    page.addObject("status", 400);
    page.addObject("code", "bad-request");
    page.addObject("message", e.getMessage());
    page.addObject("who", Caller.current());
    return page;
  }
}
