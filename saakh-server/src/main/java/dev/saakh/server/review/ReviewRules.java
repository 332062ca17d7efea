package dev.saakh.server.review;

import dev.saakh.core.offer.LoanTerms;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.review.ReviewService.Override;
import dev.saakh.server.review.ReviewService.Review;
import dev.saakh.server.review.ReviewService.Review.Status;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a review, with no database: who may review, what an override must say, when a
 * decision takes a new review, and who may check one. Each refusal is an {@link ApiException}
 * naming its code (and the request field at fault).
 */
final class ReviewRules {
  /** Fewest and most characters of an override's reason (trimmed). */
  static final int REASON_MIN = 20;

  static final int REASON_MAX = 2000;

  /** Most characters of a checker's note. */
  static final int NOTE_MAX = 2000;

  /** Longest tenure an override may set, in months. */
  static final int TENURE_MAX = 360;

  private static final String TOKEN = "token:";

  private ReviewRules() {}

  /** Reviews are an underwriter's work: any other role is refused. */
  static void requireUnderwriter(Caller who) {
    if (who.role() != Role.UNDERWRITER) {
      throw ApiException.forbidden(
          "forbidden",
          "role " + who.roleName() + " may not review decisions; reviews are UNDERWRITER work");
    }
  }

  /**
   * An override as asked, checked on its own: a reason of {@value #REASON_MIN} to {@value
   * #REASON_MAX} characters, outcome APPROVE (with an amount above ₹0 in rupees and paise and a
   * tenure of 1 to {@value #TENURE_MAX} months) or REJECT (with neither). Returns it trimmed.
   */
  static Override checked(Override o) {
    if (o == null) {
      throw ApiException.badRequest("bad-body", "an override needs outcome and reason", null);
    }
    String outcome = outcome(o.outcome());
    String reason = reason(o.reason());
    if (outcome.equals("REJECT")) {
      if (o.amount() != null) {
        throw ApiException.badRequest(
            "bad-amount", "a REJECT override takes no amount, was " + o.amount(), "amount");
      }
      if (o.tenureMonths() != null) {
        throw ApiException.badRequest(
            "bad-tenure",
            "a REJECT override takes no tenure_months, was " + o.tenureMonths(),
            "tenure_months");
      }
      return new Override(outcome, null, null, reason);
    }
    return new Override(outcome, amount(o.amount()), tenure(o.tenureMonths()), reason);
  }

  private static String outcome(String text) {
    String outcome = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (!outcome.equals("APPROVE") && !outcome.equals("REJECT")) {
      throw ApiException.badRequest(
          "bad-outcome",
          "an override's outcome must be APPROVE or REJECT, was " + quote(text),
          "outcome");
    }
    return outcome;
  }

  private static String reason(String text) {
    String reason = text == null ? "" : text.strip();
    if (reason.length() < REASON_MIN || reason.length() > REASON_MAX) {
      throw ApiException.badRequest(
          "bad-reason",
          "an override needs a written reason of "
              + REASON_MIN
              + " to "
              + REASON_MAX
              + " characters, was "
              + reason.length(),
          "reason");
    }
    return reason;
  }

  private static BigDecimal amount(BigDecimal amount) {
    if (amount == null) {
      throw ApiException.badRequest(
          "bad-amount", "an APPROVE override needs an amount in rupees", "amount");
    }
    if (amount.signum() <= 0 || amount.compareTo(LoanTerms.MAX_PRINCIPAL.amount()) > 0) {
      throw ApiException.badRequest(
          "bad-amount",
          "amount must be more than ₹0.00 and at most "
              + LoanTerms.MAX_PRINCIPAL.amount().toPlainString()
              + ", was "
              + amount.toPlainString(),
          "amount");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw ApiException.badRequest(
          "bad-amount",
          "amount has more than two decimals (paise), was " + amount.toPlainString(),
          "amount");
    }
    return amount.setScale(2);
  }

  private static int tenure(Integer months) {
    if (months == null || months < 1 || months > TENURE_MAX) {
      throw ApiException.badRequest(
          "bad-tenure",
          "an APPROVE override needs tenure_months of 1 to " + TENURE_MAX + ", was " + months,
          "tenure_months");
    }
    return months;
  }

  /**
   * An override must change something: the outcome, or (for an APPROVE of an APPROVE) the amount or
   * the tenure.
   */
  static void changes(Override o, Proposal engine) {
    boolean same =
        o.outcome().equals(engine.outcome())
            && (o.outcome().equals("REJECT")
                || (engine.amount() != null
                    && engine.amount().compareTo(o.amount()) == 0
                    && Objects.equals(engine.tenureMonths(), o.tenureMonths())));
    if (same) {
      throw ApiException.badRequest(
          "no-change",
          "the override repeats the engine's proposal ("
              + engine.outcome()
              + "); accept it instead, or change the outcome, amount or tenure_months",
          "outcome");
    }
  }

  /** A stop is no decision, and a REFER asks a person to decide: neither can be accepted. */
  static void acceptable(String decisionId, Proposal engine) {
    reviewable(decisionId, engine);
    if (engine.outcome().equals("REFER")) {
      throw ApiException.conflict(
          "refer-needs-override",
          "the engine referred decision "
              + decisionId
              + " to an underwriter; accepting leaves it undecided: override it with APPROVE or"
              + " REJECT and a reason");
    }
  }

  /** Only a decision (not a stop) is reviewed. */
  static void reviewable(String decisionId, Proposal engine) {
    if (!engine.decided()) {
      throw ApiException.conflict(
          "not-a-decision",
          "decision "
              + decisionId
              + " is a stop (STOPPED), not a decision; there is nothing to"
              + " review");
    }
  }

  /**
   * A decision takes a new review only when none of its reviews is final (ACCEPTED, APPROVED) or
   * waiting for a checker (PENDING); DECLINED overrides do not count.
   */
  static void open(String decisionId, List<Review> reviews) {
    Optional<Review> live = reviews.stream().filter(r -> r.status() != Status.DECLINED).findFirst();
    if (live.isEmpty()) {
      return;
    }
    Review r = live.get();
    if (r.status() == Status.PENDING) {
      throw ApiException.conflict(
          "review-pending",
          "decision "
              + decisionId
              + " has an override waiting for a checker (review "
              + r.reviewId()
              + " by "
              + r.maker()
              + ")");
    }
    throw ApiException.conflict(
        "decision-reviewed",
        "decision "
            + decisionId
            + " is already reviewed: "
            + r.status()
            + " "
            + r.outcome()
            + " (review "
            + r.reviewId()
            + ")");
  }

  /**
   * {@code who} may check {@code r}: it is PENDING, and {@code who} is not its maker. Returns the
   * note trimmed (null when none); a decline needs one.
   */
  static String check(Caller who, Review r, Status to, String note) {
    String n = note == null || note.isBlank() ? null : note.strip();
    if (to == Status.DECLINED && n == null) {
      throw ApiException.badRequest("bad-note", "a decline needs a note saying why", "note");
    }
    if (n != null && n.length() > NOTE_MAX) {
      throw ApiException.badRequest(
          "bad-note", "a note is at most " + NOTE_MAX + " characters, was " + n.length(), "note");
    }
    pending(r);
    if (samePerson(r.maker(), who.name())) {
      throw ApiException.forbidden(
          "maker-cannot-check",
          who.name() + " made review " + r.reviewId() + "; a second underwriter must check it");
    }
    return n;
  }

  /** Only a PENDING override is checked. */
  static void pending(Review r) {
    if (r.status() != Status.PENDING) {
      throw ApiException.conflict(
          "review-not-pending",
          "review "
              + r.reviewId()
              + " is "
              + r.status()
              + (r.checker() == null ? "" : " (by " + r.checker() + ")")
              + "; only a PENDING override is approved or declined");
    }
  }

  /**
   * Whether two callers' names are one person: a token's caller ({@code token:NAME}) counts as the
   * user NAME, and case does not count, so nobody checks their own override by another way in.
   */
  static boolean samePerson(String a, String b) {
    return person(a).equals(person(b));
  }

  private static String person(String name) {
    String n = name == null ? "" : name.trim();
    if (n.regionMatches(true, 0, TOKEN, 0, TOKEN.length())) {
      n = n.substring(TOKEN.length());
    }
    return n.toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    return text == null ? "none" : "'" + text + "'";
  }
}
