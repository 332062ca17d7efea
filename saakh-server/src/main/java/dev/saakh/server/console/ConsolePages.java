package dev.saakh.server.console;

import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, the home page (an underwriter's work queue and search) and opening a case. */
@Controller
class ConsolePages {
  /** Most cases shown in the queue. */
  static final int QUEUE = 50;

  private final Cases cases;

  ConsolePages(Cases cases) {
    this.cases = cases;
  }

  @GetMapping("/")
  String root() {
    return "redirect:/console";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/console")
  String home(Model model, @RequestParam(required = false) String customer) {
    Caller who = Caller.current();
    model.addAttribute("purposes", CasePurpose.values());
    model.addAttribute("customer", customer == null ? "" : customer);
    if (who.role() == Role.UNDERWRITER) {
      // The queue shows cases only: a customer's decisions are read through the consent gate, on
      // the customer's page.
      model.addAttribute("queue", cases.queue(who, QUEUE));
    }
    return "console/home";
  }

  @PostMapping("/console/cases")
  String open(
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String reference,
      RedirectAttributes redirect) {
    Caller who = Caller.current();
    try {
      Cases.Case c = cases.open(who, customerId, purpose, reference);
      return "redirect:/console/customers/" + c.customerId();
    } catch (IllegalArgumentException | dev.saakh.server.api.ApiException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addAttribute("customer", customerId == null ? "" : customerId.trim());
      return "redirect:/console";
    }
  }
}
