package dev.saakh.server.review;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.review.ReviewService.Override;
import dev.saakh.server.review.ReviewService.Review;
import dev.saakh.server.review.ReviewService.Review.Kind;
import dev.saakh.server.review.ReviewService.Review.Status;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.DecisionStore;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * New reviews: the decision read (its engine proposal), the rules applied, the row inserted. The
 * caller has passed the consent gate and audits what this refuses.
 */
final class Drafts {
  private final DecisionStore decisions;
  private final ReviewStore store;

  Drafts(DecisionStore decisions, ReviewStore store) {
    this.decisions = decisions;
    this.store = store;
  }

  Proposal decision(String customerId, String decisionId) {
    byte[] body =
        decisions
            .body(customerId, decisionId)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no-such-decision", "no decision " + decisionId + " for " + customerId));
    return Proposal.of(body);
  }

  Review record(Caller who, String id, String decisionId, Override o, OffsetDateTime at) {
    Proposal engine = decision(id, decisionId);
    Review r;
    if (o == null) {
      ReviewRules.acceptable(decisionId, engine);
      r = review(id, decisionId, Kind.ACCEPT, engine, engine.outcome(), engine, null, who, at);
    } else {
      ReviewRules.reviewable(decisionId, engine);
      ReviewRules.changes(o, engine);
      Proposal asked = new Proposal(o.outcome(), o.amount(), o.tenureMonths());
      r = review(id, decisionId, Kind.OVERRIDE, engine, o.outcome(), asked, o.reason(), who, at);
    }
    ReviewRules.open(decisionId, store.forDecision(id, decisionId));
    try {
      store.insert(r);
    } catch (DuplicateKeyException e) {
      // another review of this decision was recorded in the meantime
      ReviewRules.open(decisionId, store.forDecision(id, decisionId));
      throw ApiException.conflict(
          "decision-reviewed", "decision " + decisionId + " was reviewed meanwhile");
    }
    return store.find(r.reviewId()).orElseThrow();
  }

  private static Review review(
      String id,
      String decisionId,
      Kind kind,
      Proposal engine,
      String outcome,
      Proposal terms,
      String reason,
      Caller who,
      OffsetDateTime at) {
    return new Review(
        UUID.randomUUID().toString(),
        id,
        decisionId,
        kind,
        engine.outcome(),
        outcome,
        terms.amount(),
        terms.tenureMonths(),
        reason,
        who.name(),
        at,
        kind == Kind.ACCEPT ? Status.ACCEPTED : Status.PENDING,
        null,
        null,
        null);
  }
}
