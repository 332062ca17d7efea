package dev.saakh.server.console;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.review.ReviewService;
import dev.saakh.server.security.Caller;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maker-checker in the console: the underwriter accepts the engine's decision or overrides it with
 * a written reason; a second underwriter approves or declines the override from the review queue.
 * The rules (who may check, what an override needs) are {@link ReviewService}'s, as on the API; a
 * refused action comes back to the page with the service's message.
 */
@Controller
class ReviewPages {
  private final ReviewService reviews;
  private final Cases cases;

  ReviewPages(ReviewService reviews, Cases cases) {
    this.reviews = reviews;
    this.cases = cases;
  }

  @PostMapping("/console/customers/{customerId}/decisions/{decisionId}/accept")
  String accept(
      @PathVariable String customerId,
      @PathVariable String decisionId,
      RedirectAttributes redirect) {
    Caller who = requireCase(customerId);
    try {
      reviews.accept(who, customerId, decisionId);
      redirect.addFlashAttribute("reviewOk", "You accepted the engine's decision.");
    } catch (ApiException e) {
      redirect.addFlashAttribute("reviewError", e.getMessage());
    }
    return back(customerId, decisionId);
  }

  @PostMapping("/console/customers/{customerId}/decisions/{decisionId}/override")
  String override(
      @PathVariable String customerId,
      @PathVariable String decisionId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String amount,
      @RequestParam(name = "tenure_months", required = false) String tenure,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    Caller who = requireCase(customerId);
    try {
      reviews.override(
          who,
          customerId,
          decisionId,
          new ReviewService.Override(outcome, decimal(amount), integer(tenure), reason));
      redirect.addFlashAttribute(
          "reviewOk", "Override sent for approval: a second underwriter must approve it.");
    } catch (ApiException | IllegalArgumentException e) {
      redirect.addFlashAttribute("reviewError", e.getMessage());
    }
    return back(customerId, decisionId);
  }

  @GetMapping("/console/reviews")
  String queue(Model model) {
    model.addAttribute("pending", reviews.pending(Caller.current()));
    return "console/reviews";
  }

  @PostMapping("/console/reviews/{reviewId}/{action}")
  String check(
      @PathVariable String reviewId,
      @PathVariable String action,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    Caller who = Caller.current();
    try {
      ReviewService.Review r =
          switch (action) {
            case "approve" -> reviews.approve(who, reviewId, note);
            case "decline" -> reviews.decline(who, reviewId, note);
            default -> throw ApiException.notFound("no-such-action", "no review action " + action);
          };
      redirect.addFlashAttribute(
          "reviewOk",
          "Override of "
              + r.customerId()
              + " "
              + r.status().name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    } catch (ApiException e) {
      redirect.addFlashAttribute("reviewError", e.getMessage());
    }
    return "redirect:/console/reviews";
  }

  private Caller requireCase(String customerId) {
    Caller who = Caller.current();
    if (cases.find(who, customerId).isEmpty()) {
      throw ApiException.forbidden(
          "no-case", "open " + customerId + " from the work queue with a stated purpose first");
    }
    return who;
  }

  private static String back(String customerId, String decisionId) {
    return "redirect:/console/customers/" + customerId + "?tab=decision&decision=" + decisionId;
  }

  private static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount '" + text + "' is not a number of rupees");
    }
  }

  private static Integer integer(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tenure '" + text + "' is not a whole number of months");
    }
  }
}
