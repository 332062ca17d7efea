package dev.saakh.server.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.review.ReviewService.Review;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/…/reviews}: accept or override a decision; a second underwriter checks. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "reviews",
    description =
        "Maker-checker review of decisions: accept, or override with a reason that a second"
            + " underwriter approves or declines (docs/reviews.md)")
public class ReviewApi {
  private static final String DECISION = "/customers/{customerId}/decisions/{decisionId}/reviews";

  private final ReviewService reviews;

  public ReviewApi(ReviewService reviews) {
    this.reviews = reviews;
  }

  /**
   * A review asked for: {@code ACCEPT}, or {@code OVERRIDE} with outcome, amount and tenure (for
   * APPROVE) and a reason.
   */
  public record ReviewRequest(
      @Schema(
              allowableValues = {"ACCEPT", "OVERRIDE"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String action,
      @Schema(
              allowableValues = {"APPROVE", "REJECT"},
              description = "OVERRIDE only")
          String outcome,
      @Schema(description = "OVERRIDE APPROVE only: rupees, at most two decimals")
          BigDecimal amount,
      @Schema(description = "OVERRIDE APPROVE only: 1 to 360 months") Integer tenureMonths,
      @Schema(description = "OVERRIDE only: 20 to 2000 characters") String reason) {}

  /** A checker's note: optional to approve, required to decline. */
  public record CheckRequest(String note) {}

  /** A review in the checker's queue, marked when the caller made it (and so may not check it). */
  public record Queued(@JsonUnwrapped Review review, boolean madeByYou) {}

  @PostMapping(path = DECISION, consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Accept the decision, or override it (PENDING until a second underwriter checks)",
      description =
          "ACCEPT is final at once (ACCEPTED). OVERRIDE needs a reason of 20 to 2000 characters"
              + " and must change the outcome or the amount/tenure: APPROVE takes amount > 0 and"
              + " tenure_months 1 to 360, REJECT neither. A decision with a final (ACCEPTED,"
              + " APPROVED) or PENDING review takes no new one (409 decision-reviewed,"
              + " review-pending); after a DECLINED override it does.")
  public Review review(
      @PathVariable String customerId,
      @PathVariable String decisionId,
      @RequestBody ReviewRequest body) {
    Caller who = Caller.current();
    String action = body == null || body.action() == null ? "" : body.action().trim();
    switch (action.toUpperCase(Locale.ROOT)) {
      case "ACCEPT" -> {
        refuseOverrideFields(body);
        return reviews.accept(who, customerId, decisionId);
      }
      case "OVERRIDE" -> {
        return reviews.override(
            who,
            customerId,
            decisionId,
            new ReviewService.Override(
                body.outcome(), body.amount(), body.tenureMonths(), body.reason()));
      }
      default ->
          throw ApiException.badRequest(
              "bad-action",
              "action must be ACCEPT or OVERRIDE, was "
                  + (action.isEmpty() ? "none" : "'" + action + "'"),
              "action");
    }
  }

  @GetMapping(DECISION)
  @Operation(summary = "The decision's reviews, newest first (DECLINED ones included)")
  public List<Review> reviews(@PathVariable String customerId, @PathVariable String decisionId) {
    return reviews.forDecision(Caller.current(), customerId, decisionId);
  }

  @GetMapping("/reviews")
  @Operation(
      summary = "The checker's queue: every PENDING override, newest first",
      description =
          "made_by_you marks the overrides the caller made: a second underwriter must check"
              + " them. Customers whose consent is no longer usable are left out.")
  public List<Queued> queue(
      @RequestParam(defaultValue = "PENDING")
          @Parameter(description = "PENDING (the only queue served)")
          String status) {
    if (!status.trim().equalsIgnoreCase("PENDING")) {
      throw ApiException.badRequest(
          "bad-status",
          "only status=PENDING is served (the checker's queue), was '" + status + "'",
          "status");
    }
    Caller who = Caller.current();
    return reviews.pending(who).stream().map(r -> new Queued(r, r.madeBy(who))).toList();
  }

  @PostMapping(path = "/reviews/{reviewId}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Approve a PENDING override: it becomes the decision's final review",
      description = "Not by its maker (403 maker-cannot-check); one checker wins a race (409).")
  public Review approve(
      @PathVariable String reviewId, @RequestBody(required = false) CheckRequest body) {
    return reviews.approve(Caller.current(), reviewId, body == null ? null : body.note());
  }

  @PostMapping(path = "/reviews/{reviewId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Decline a PENDING override with a note; the decision may be reviewed again",
      description = "Not by its maker (403 maker-cannot-check); the note is required.")
  public Review decline(
      @PathVariable String reviewId, @RequestBody(required = false) CheckRequest body) {
    return reviews.decline(Caller.current(), reviewId, body == null ? null : body.note());
  }

  private static void refuseOverrideFields(ReviewRequest body) {
    String field =
        body.outcome() != null
            ? "outcome"
            : body.amount() != null
                ? "amount"
                : body.tenureMonths() != null
                    ? "tenure_months"
                    : body.reason() != null ? "reason" : null;
    if (field != null) {
      throw ApiException.badRequest(
          "bad-field", "ACCEPT takes the decision as proposed: no " + field, field);
    }
  }
}
