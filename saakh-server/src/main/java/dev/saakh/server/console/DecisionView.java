package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.review.ReviewService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.DecisionStore;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The decision cockpit's data: the decision history, the chosen decision record (the latest by
 * default) with its scores, rules, limits, offer and notice, and the reviews on it.
 */
@Component
class DecisionView {
  private final CustomerService customers;
  private final ReviewService reviews;

  DecisionView(CustomerService customers, ReviewService reviews) {
    this.customers = customers;
    this.reviews = reviews;
  }

  void fill(Caller who, String customerId, String decisionId, Model model) {
    List<DecisionStore.Entry> history = customers.decisions(who, customerId);
    model.addAttribute("history", history);
    if (history.isEmpty()) {
      return;
    }
    String id =
        decisionId == null || decisionId.isBlank() ? history.get(0).decisionId() : decisionId;
    JsonNode record = CustomerPages.tree(customers.decision(who, customerId, id));
    model.addAttribute("record", record);
    model.addAttribute("d", record.path("decision"));
    List<ReviewService.Review> on = reviews.forDecision(who, customerId, id);
    model.addAttribute("reviews", on);
    model.addAttribute(
        "open",
        on.stream()
            .noneMatch(
                r ->
                    r.status() == ReviewService.Review.Status.PENDING
                        || r.status() == ReviewService.Review.Status.ACCEPTED
                        || r.status() == ReviewService.Review.Status.APPROVED));
  }
}
