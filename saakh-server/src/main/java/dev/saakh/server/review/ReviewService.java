package dev.saakh.server.review;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.review.ReviewService.Review.Kind;
import dev.saakh.server.review.ReviewService.Review.Status;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.DecisionStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Maker-checker review of decisions, for the REST API and the console alike. An UNDERWRITER accepts
 * the engine's decision (final at once) or overrides it with a written reason (PENDING); a second
 * UNDERWRITER, never the maker, approves or declines the override. Every call that names a customer
 * passes the consent gate ({@link CustomerService#open}) and every action is audited, whether it is
 * served or refused. The decision record is never changed.
 */
@Service
public class ReviewService {
  /**
   * One review of a decision: what the engine proposed ({@code engineOutcome}) and what the review
   * makes of it ({@code outcome}, with the amount in rupees and the tenure for an APPROVE).
   *
   * @param reason the maker's written reason (an override's; null for an accept)
   * @param checker who approved or declined an override (null until then)
   */
  public record Review(
      String reviewId,
      String customerId,
      String decisionId,
      Kind kind,
      String engineOutcome,
      String outcome,
      BigDecimal amount,
      Integer tenureMonths,
      String reason,
      String maker,
      OffsetDateTime madeAt,
      Status status,
      String checker,
      OffsetDateTime checkedAt,
      String checkerNote) {
    /** Accept the decision as proposed, or override it. */
    public enum Kind {
      ACCEPT,
      OVERRIDE
    }

    /** ACCEPTED and APPROVED are final; PENDING waits for a checker; DECLINED is set aside. */
    public enum Status {
      ACCEPTED,
      PENDING,
      APPROVED,
      DECLINED
    }

    public Review {
      Objects.requireNonNull(reviewId, "reviewId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(decisionId, "decisionId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(engineOutcome, "engineOutcome");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(maker, "maker");
      Objects.requireNonNull(madeAt, "madeAt");
      Objects.requireNonNull(status, "status");
    }

    /** Whether {@code who} made this review, and so may not check it. */
    public boolean madeBy(Caller who) {
      return ReviewRules.samePerson(maker, who.name());
    }
  }

  /**
   * An override as asked: outcome APPROVE (amount in rupees, tenure in months) or REJECT (neither),
   * and the maker's written reason.
   */
  @SuppressWarnings("JavaLangClash") // the console's name for it; used qualified outside
  public record Override(String outcome, BigDecimal amount, Integer tenureMonths, String reason) {}

  private final CustomerService customers;
  private final ReviewStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final Drafts drafts;

  public ReviewService(
      CustomerService customers,
      DecisionStore decisions,
      ReviewStore store,
      AuditLog audit,
      Clock clock) {
    this.customers = customers;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.drafts = new Drafts(decisions, store);
  }

  /** Accepts the engine's decision as proposed: final at once (ACCEPTED). */
  public Review accept(Caller who, String customerId, String decisionId) {
    return review(who, customerId, decisionId, Kind.ACCEPT, null);
  }

  /**
   * Overrides the engine's decision with {@code o} and its reason: PENDING until a second
   * underwriter approves or declines it.
   */
  public Review override(Caller who, String customerId, String decisionId, Override o) {
    return review(who, customerId, decisionId, Kind.OVERRIDE, o);
  }

  /**
   * Approves a PENDING override (the checker is not its maker); it becomes the decision's final.
   */
  public Review approve(Caller who, String reviewId, String note) {
    return check(who, reviewId, Status.APPROVED, note);
  }

  /** Declines a PENDING override with a note; the decision then takes a new review. */
  public Review decline(Caller who, String reviewId, String note) {
    return check(who, reviewId, Status.DECLINED, note);
  }

  /** The decision's reviews, newest first, under the gate. */
  public List<Review> forDecision(Caller who, String customerId, String decisionId) {
    String id = CustomerService.requireId(customerId);
    String action = "review.list";
    guard(AuditEntry.of(who, id, action), () -> ReviewRules.requireUnderwriter(who));
    AuditEntry entry = gated(who, id, action);
    List<Review> out =
        guard(
            entry,
            () -> {
              drafts.decision(id, decisionId);
              return store.forDecision(id, decisionId);
            });
    audit.record(entry.detail(out.size() + " reviews of decision " + decisionId));
    return out;
  }

  /**
   * The checker's queue: every PENDING override, newest first, of the customers whose consent the
   * gate lets {@code who} use now (each shown customer is audited; a refused one is left out, the
   * gate audits why). {@link Review#madeBy} tells the ones {@code who} made and may not check.
   */
  public List<Review> pending(Caller who) {
    guard(AuditEntry.of(who, null, "review.queue"), () -> ReviewRules.requireUnderwriter(who));
    List<Review> all = store.pending();
    Map<String, Long> perCustomer =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    Review::customerId, LinkedHashMap::new, Collectors.counting()));
    Set<String> shown = new HashSet<>();
    perCustomer.forEach(
        (id, n) -> {
          try {
            audit.record(gated(who, id, "review.queue").detail(n + " pending overrides shown"));
            shown.add(id);
          } catch (ApiException e) {
            // no usable consent (or no customer) now: the gate has audited the refusal
          }
        });
    return all.stream().filter(r -> shown.contains(r.customerId())).toList();
  }

  /**
   * The decision's final review (ACCEPTED or APPROVED), if any. Neither gated nor audited: for a
   * caller that already holds the decision through the gate (e.g. the console's decision page).
   */
  public Optional<Review> effective(String customerId, String decisionId) {
    return store.effective(CustomerService.requireId(customerId), decisionId);
  }

  private Review review(Caller who, String customerId, String decisionId, Kind kind, Override o) {
    String id = CustomerService.requireId(customerId);
    String action = kind == Kind.ACCEPT ? "review.accept" : "review.override";
    guard(AuditEntry.of(who, id, action), () -> ReviewRules.requireUnderwriter(who));
    Override asked = kind == Kind.ACCEPT ? null : ReviewRules.checked(o);
    AuditEntry entry = gated(who, id, action);
    Review r = guard(entry, () -> drafts.record(who, id, decisionId, asked, now()));
    audit.record(entry.detail(describe(r)));
    return r;
  }

  private Review check(Caller who, String reviewId, Status to, String note) {
    String action = to == Status.APPROVED ? "review.approve" : "review.decline";
    AuditEntry asked = AuditEntry.of(who, null, action);
    guard(asked, () -> ReviewRules.requireUnderwriter(who));
    Review r =
        guard(
            asked,
            () ->
                store
                    .find(reviewId)
                    .orElseThrow(
                        () -> ApiException.notFound("no-such-review", "no review " + reviewId)));
    AuditEntry entry = gated(who, r.customerId(), action);
    Review done =
        guard(
            entry,
            () -> {
              String n = ReviewRules.check(who, r, to, note);
              if (!store.check(reviewId, to, who.name(), now(), n)) {
                // another checker came first: say who and how
                ReviewRules.pending(store.find(reviewId).orElseThrow());
              }
              return store.find(reviewId).orElseThrow();
            });
    audit.record(entry.detail(describe(done)));
    return done;
  }

  /** Passes the consent gate for {@code action}; the entry to audit it under that consent. */
  private AuditEntry gated(Caller who, String customerId, String action) {
    CustomerService.Access a = customers.open(who, customerId, action);
    return AuditEntry.of(who, a.customer().customerId(), action)
        .consent(a.consent().consentId(), a.consent().purposeCode());
  }

  /** Runs {@code work}; a refusal is audited (DENIED, or FAILED for what does not exist). */
  private <T> T guard(AuditEntry entry, Supplier<T> work) {
    try {
      return work.get();
    } catch (ApiException e) {
      String why = e.code() + ": " + e.getMessage();
      audit.record(e.status() == HttpStatus.NOT_FOUND ? entry.failed(why) : entry.denied(why));
      throw e;
    }
  }

  private void guard(AuditEntry entry, Runnable work) {
    guard(
        entry,
        () -> {
          work.run();
          return null;
        });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  static String describe(Review r) {
    String terms =
        r.amount() == null
            ? ""
            : " ₹" + r.amount().toPlainString() + " for " + r.tenureMonths() + " months";
    return r.kind()
        + " "
        + r.engineOutcome()
        + " → "
        + r.outcome()
        + terms
        + ": "
        + r.status()
        + (r.checker() == null ? "" : " by " + r.checker())
        + " (review "
        + r.reviewId()
        + " of decision "
        + r.decisionId()
        + ")";
  }
}
