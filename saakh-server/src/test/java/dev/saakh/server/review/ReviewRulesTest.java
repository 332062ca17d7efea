package dev.saakh.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.review.ReviewService.Override;
import dev.saakh.server.review.ReviewService.Review;
import dev.saakh.server.review.ReviewService.Review.Kind;
import dev.saakh.server.review.ReviewService.Review.Status;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {
  private static final String REASON = "salary credits verified on the bank's own statement";
  private static final Caller MAKER = new Caller("token:asha", Role.UNDERWRITER);
  private static final Caller CHECKER = new Caller("ravi", Role.UNDERWRITER);
  private static final Proposal APPROVED = new Proposal("APPROVE", new BigDecimal("500000.00"), 24);
  private static final Proposal REFERRED = new Proposal("REFER", new BigDecimal("200000.00"), 12);
  private static final Proposal REJECTED = new Proposal("REJECT", null, null);

  /** Asserts a refusal with this status, code and field. */
  private static void refused(ThrowingCallable call, int status, String code, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status().value()).as(e.getMessage()).isEqualTo(status);
              assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  private static Override override(String outcome, String amount, Integer tenure, String reason) {
    return new Override(outcome, amount == null ? null : new BigDecimal(amount), tenure, reason);
  }

  private static Review review(Kind kind, Status status, String maker) {
    return new Review(
        "r-" + status,
        "CUST_MSM_00003",
        "d-1",
        kind,
        "REFER",
        kind == Kind.ACCEPT ? "REFER" : "APPROVE",
        new BigDecimal("100000.00"),
        12,
        kind == Kind.ACCEPT ? null : REASON,
        maker,
        OffsetDateTime.parse("2026-12-03T10:00:00+05:30"),
        status,
        null,
        null,
        null);
  }

  @Test
  void onlyAnUnderwriterReviews() {
    assertThatCode(() -> ReviewRules.requireUnderwriter(MAKER)).doesNotThrowAnyException();
    for (Caller who :
        List.of(
            new Caller("auditor", Role.AUDITOR),
            new Caller("admin", Role.ADMIN),
            new Caller("anonymous", null))) {
      refused(() -> ReviewRules.requireUnderwriter(who), 403, "forbidden", null);
    }
  }

  @Test
  void anOverrideNeedsAReasonOfTwentyToTwoThousandCharacters() {
    refused(
        () -> ReviewRules.checked(override("REJECT", null, null, null)),
        400,
        "bad-reason",
        "reason");
    refused(
        () -> ReviewRules.checked(override("REJECT", null, null, "too short, padded   ")),
        400,
        "bad-reason",
        "reason");
    refused(
        () -> ReviewRules.checked(override("REJECT", null, null, "x".repeat(2001))),
        400,
        "bad-reason",
        "reason");
    assertThat(ReviewRules.checked(override("REJECT", null, null, "x".repeat(20))).reason())
        .hasSize(20);
    assertThat(ReviewRules.checked(override("reject", null, null, "  " + REASON + "\n")))
        .isEqualTo(override("REJECT", null, null, REASON));
  }

  @Test
  void anOverrideIsAnApproveOrAReject() {
    for (String outcome : new String[] {null, "", "REFER", "MAYBE"}) {
      refused(
          () -> ReviewRules.checked(override(outcome, null, null, REASON)),
          400,
          "bad-outcome",
          "outcome");
    }
    refused(() -> ReviewRules.checked(null), 400, "bad-body", null);
  }

  @Test
  void anApproveNeedsAnAmountAboveZeroInPaiseAndATenureOfOneTo360Months() {
    refused(
        () -> ReviewRules.checked(override("APPROVE", null, 24, REASON)),
        400,
        "bad-amount",
        "amount");
    for (String bad : new String[] {"0", "-1", "100.001", "1000000000000000.01"}) {
      refused(
          () -> ReviewRules.checked(override("APPROVE", bad, 24, REASON)),
          400,
          "bad-amount",
          "amount");
    }
    for (Integer bad : new Integer[] {null, 0, 361}) {
      refused(
          () -> ReviewRules.checked(override("APPROVE", "500000", bad, REASON)),
          400,
          "bad-tenure",
          "tenure_months");
    }
    Override ok = ReviewRules.checked(override("APPROVE", "500000.500", 360, REASON));
    assertThat(ok.amount()).isEqualByComparingTo("500000.50");
    assertThat(ok.amount().scale()).isEqualTo(2);
    assertThat(ok.tenureMonths()).isEqualTo(360);
    assertThat(ReviewRules.checked(override("APPROVE", "0.01", 1, REASON)).amount())
        .isEqualByComparingTo("0.01");
  }

  @Test
  void aRejectTakesNeitherAmountNorTenure() {
    refused(
        () -> ReviewRules.checked(override("REJECT", "1000", null, REASON)),
        400,
        "bad-amount",
        "amount");
    refused(
        () -> ReviewRules.checked(override("REJECT", null, 12, REASON)),
        400,
        "bad-tenure",
        "tenure_months");
  }

  @Test
  void anOverrideMustChangeTheOutcomeOrTheTerms() {
    Override same = ReviewRules.checked(override("APPROVE", "500000", 24, REASON));
    refused(() -> ReviewRules.changes(same, APPROVED), 400, "no-change", "outcome");
    Override reject = ReviewRules.checked(override("REJECT", null, null, REASON));
    refused(() -> ReviewRules.changes(reject, REJECTED), 400, "no-change", "outcome");
    for (Override changed :
        List.of(
            ReviewRules.checked(override("APPROVE", "400000", 24, REASON)),
            ReviewRules.checked(override("APPROVE", "500000", 36, REASON)),
            reject)) {
      assertThatCode(() -> ReviewRules.changes(changed, APPROVED)).doesNotThrowAnyException();
    }
    // a REFER's indicative terms approved as they are is a change of outcome
    Override asReferred = ReviewRules.checked(override("APPROVE", "200000", 12, REASON));
    assertThatCode(() -> ReviewRules.changes(asReferred, REFERRED)).doesNotThrowAnyException();
    assertThatCode(() -> ReviewRules.changes(same, REJECTED)).doesNotThrowAnyException();
  }

  @Test
  void aStopIsNotReviewedAndAReferIsNotAccepted() {
    Proposal stop = new Proposal("STOPPED", null, null);
    refused(() -> ReviewRules.reviewable("d-1", stop), 409, "not-a-decision", null);
    refused(() -> ReviewRules.acceptable("d-1", stop), 409, "not-a-decision", null);
    refused(() -> ReviewRules.acceptable("d-1", REFERRED), 409, "refer-needs-override", null);
    assertThatCode(() -> ReviewRules.reviewable("d-1", REFERRED)).doesNotThrowAnyException();
    assertThatCode(() -> ReviewRules.acceptable("d-1", APPROVED)).doesNotThrowAnyException();
    assertThatCode(() -> ReviewRules.acceptable("d-1", REJECTED)).doesNotThrowAnyException();
  }

  @Test
  void aFinalOrPendingReviewClosesTheDecisionADeclinedOneDoesNot() {
    Review declined = review(Kind.OVERRIDE, Status.DECLINED, "asha");
    assertThatCode(() -> ReviewRules.open("d-1", List.of())).doesNotThrowAnyException();
    assertThatCode(() -> ReviewRules.open("d-1", List.of(declined, declined)))
        .doesNotThrowAnyException();
    refused(
        () ->
            ReviewRules.open("d-1", List.of(declined, review(Kind.OVERRIDE, Status.PENDING, "a"))),
        409,
        "review-pending",
        null);
    for (Review closing :
        List.of(
            review(Kind.ACCEPT, Status.ACCEPTED, "asha"),
            review(Kind.OVERRIDE, Status.APPROVED, "asha"))) {
      refused(
          () -> ReviewRules.open("d-1", List.of(declined, closing)),
          409,
          "decision-reviewed",
          null);
    }
  }

  @Test
  void theMakerNeverChecksTheirOwnOverrideByAnyName() {
    Review pending = review(Kind.OVERRIDE, Status.PENDING, MAKER.name());
    for (String same : List.of("token:asha", "asha", "ASHA", "Token:Asha")) {
      Caller who = new Caller(same, Role.UNDERWRITER);
      refused(
          () -> ReviewRules.check(who, pending, Status.APPROVED, null),
          403,
          "maker-cannot-check",
          null);
      assertThat(pending.madeBy(who)).isTrue();
    }
    assertThat(pending.madeBy(CHECKER)).isFalse();
    assertThat(ReviewRules.check(CHECKER, pending, Status.APPROVED, null)).isNull();
    assertThat(ReviewRules.check(CHECKER, pending, Status.APPROVED, "  fine  ")).isEqualTo("fine");
    assertThat(pending.madeBy(new Caller("token:asha2", Role.UNDERWRITER))).isFalse();
  }

  @Test
  void onlyAPendingOverrideIsCheckedAndADeclineNeedsANote() {
    Review pending = review(Kind.OVERRIDE, Status.PENDING, "asha");
    refused(
        () -> ReviewRules.check(CHECKER, pending, Status.DECLINED, "  "), 400, "bad-note", "note");
    refused(
        () -> ReviewRules.check(CHECKER, pending, Status.APPROVED, "n".repeat(2001)),
        400,
        "bad-note",
        "note");
    assertThat(ReviewRules.check(CHECKER, pending, Status.DECLINED, "income not proven"))
        .isEqualTo("income not proven");
    for (Review done :
        List.of(
            review(Kind.ACCEPT, Status.ACCEPTED, "asha"),
            review(Kind.OVERRIDE, Status.APPROVED, "asha"),
            review(Kind.OVERRIDE, Status.DECLINED, "asha"))) {
      refused(
          () -> ReviewRules.check(CHECKER, done, Status.APPROVED, null),
          409,
          "review-not-pending",
          null);
    }
  }

  @Test
  void anAuditLineSaysWhatTheReviewDid() {
    assertThat(ReviewService.describe(review(Kind.OVERRIDE, Status.PENDING, "asha")))
        .isEqualTo(
            "OVERRIDE REFER → APPROVE ₹100000.00 for 12 months: PENDING (review r-PENDING of"
                + " decision d-1)");
  }
}
