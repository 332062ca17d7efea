package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.review.ReviewService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Maker-checker review over HTTP: accept, override → PENDING → a second underwriter approves or
 * declines, the rules' refusals as problem+json, one winner of a race, and the audit trail. Each
 * test decides afresh (a new decision id), so the shared database and random order do not matter.
 */
class ReviewIT extends ServerIT {
  /** Decides APPROVE with {@code {}} (an offer), and REJECT: the two outcomes reviewed here. */
  static final String CONSUMER = "CUST_CON_00003";

  static final String MSME = "CUST_MSM_00003";
  static final String REASON =
      "GST turnover verified against the filed returns; bank credits match";

  /** Two more underwriters (neither is the demo one, the maker here): name → token. */
  private static final Map<String, String> CHECKERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Autowired ReviewService service;
  @Autowired JdbcTemplate jdbc;

  /** A new decision of the customer: its id and the engine's outcome. */
  record Decided(String customerId, String decisionId, JsonNode decision) {
    String outcome() {
      return decision.path("outcome").asText();
    }

    String reviews() {
      return "/api/v1/customers/" + customerId + "/decisions/" + decisionId + "/reviews";
    }
  }

  private Decided decide(String customerId) {
    Reply r = post(UNDERWRITER, "/api/v1/customers/" + customerId + "/decisions", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode d = r.json();
    assertThat(d.path("decision").path("outcome").asText()).isIn("APPROVE", "REFER", "REJECT");
    return new Decided(customerId, d.path("decision_id").asText(), d.path("decision"));
  }

  /** An override body that changes the engine's outcome. */
  static String overrideOf(Decided d) {
    return d.outcome().equals("REJECT")
        ? "{\"action\":\"OVERRIDE\",\"outcome\":\"APPROVE\",\"amount\":100000,"
            + "\"tenure_months\":12,\"reason\":\""
            + REASON
            + "\"}"
        : "{\"action\":\"OVERRIDE\",\"outcome\":\"REJECT\",\"reason\":\"" + REASON + "\"}";
  }

  /** The token of a second (or third) underwriter, made through the admin API once. */
  private String checker(int n) {
    return CHECKERS.computeIfAbsent(
        "checker" + n,
        k -> {
          String name = "rev-" + k + "-" + UUID.randomUUID().toString().substring(0, 8);
          Reply user =
              post(
                  ADMIN,
                  "/api/v1/admin/users",
                  "{\"username\":\""
                      + name
                      + "\",\"password\":\"saakh-it-checker-pw\",\"role\":\"UNDERWRITER\"}");
          assertThat(user.status()).as(user.body()).isEqualTo(201);
          Reply token =
              post(
                  ADMIN,
                  "/api/v1/admin/tokens",
                  "{\"name\":\"" + name + "\",\"role\":\"UNDERWRITER\"}");
          assertThat(token.status()).as(token.body()).isEqualTo(201);
          return token.json().path("token").asText();
        });
  }

  private static String note(String text) {
    return "{\"note\":\"" + text + "\"}";
  }

  @Test
  void anAcceptIsFinalAtOnceAndTheDecisionTakesNoOtherReview() {
    Decided d = decide(CONSUMER);
    assertThat(d.outcome()).as("the consumer's decision").isEqualTo("APPROVE");
    Reply accepted = post(UNDERWRITER, d.reviews(), "{\"action\":\"ACCEPT\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    JsonNode r = accepted.json();
    assertThat(r.path("kind").asText()).isEqualTo("ACCEPT");
    assertThat(r.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(r.path("engine_outcome").asText()).isEqualTo("APPROVE");
    assertThat(r.path("outcome").asText()).isEqualTo("APPROVE");
    assertThat(r.path("amount").decimalValue())
        .isEqualByComparingTo(d.decision().path("amount").decimalValue());
    assertThat(r.path("tenure_months").asInt())
        .isEqualTo(d.decision().path("offer").path("terms").path("tenure_months").asInt());
    assertThat(r.path("maker").asText()).isEqualTo("token:demo-underwriter");
    assertThat(r.path("made_at").asText()).isNotEmpty();
    assertThat(r.has("checker_note")).isTrue();
    JsonNode listed = get(UNDERWRITER, d.reviews()).json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0)).isEqualTo(r);
    assertThat(service.effective(CONSUMER, d.decisionId()).orElseThrow().reviewId())
        .isEqualTo(r.path("review_id").asText());
    post(UNDERWRITER, d.reviews(), "{\"action\":\"ACCEPT\"}").problem(409, "decision-reviewed");
    post(checker(1), d.reviews(), overrideOf(d)).problem(409, "decision-reviewed");
    post(checker(1), "/api/v1/reviews/" + r.path("review_id").asText() + "/approve", "{}")
        .problem(409, "review-not-pending");
  }

  @Test
  void anOverrideWaitsForASecondUnderwriterNeverItsMaker() {
    Decided d = decide(MSME);
    Reply made = post(UNDERWRITER, d.reviews(), overrideOf(d));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    JsonNode r = made.json();
    String id = r.path("review_id").asText();
    assertThat(r.path("kind").asText()).isEqualTo("OVERRIDE");
    assertThat(r.path("status").asText()).isEqualTo("PENDING");
    assertThat(r.path("engine_outcome").asText()).isEqualTo(d.outcome());
    assertThat(r.path("outcome").asText()).isNotEqualTo(d.outcome());
    assertThat(r.path("reason").asText()).isEqualTo(REASON);
    assertThat(service.effective(MSME, d.decisionId())).isEmpty();
    JsonNode mine = queued(UNDERWRITER, id);
    assertThat(mine.path("made_by_you").asBoolean()).isTrue();
    assertThat(mine.path("status").asText()).isEqualTo("PENDING");
    assertThat(queued(checker(1), id).path("made_by_you").asBoolean()).isFalse();
    post(UNDERWRITER, "/api/v1/reviews/" + id + "/approve", note("looks right"))
        .problem(403, "maker-cannot-check");
    post(UNDERWRITER, d.reviews(), "{\"action\":\"ACCEPT\"}").problem(409, "review-pending");
    post(checker(1), d.reviews(), overrideOf(d)).problem(409, "review-pending");
    Reply approved = post(checker(1), "/api/v1/reviews/" + id + "/approve", note("verified"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonNode a = approved.json();
    assertThat(a.path("status").asText()).isEqualTo("APPROVED");
    assertThat(a.path("checker").asText()).startsWith("token:rev-checker1-");
    assertThat(a.path("checker_note").asText()).isEqualTo("verified");
    assertThat(a.path("checked_at").asText()).isNotEmpty();
    ReviewService.Review effective = service.effective(MSME, d.decisionId()).orElseThrow();
    assertThat(effective.reviewId()).isEqualTo(id);
    assertThat(effective.outcome()).isEqualTo(r.path("outcome").asText());
    post(checker(2), "/api/v1/reviews/" + id + "/decline", note("too late"))
        .problem(409, "review-not-pending");
    post(UNDERWRITER, d.reviews(), "{\"action\":\"ACCEPT\"}").problem(409, "decision-reviewed");
    assertThat(get(checker(1), "/api/v1/reviews").json().findValuesAsText("review_id"))
        .doesNotContain(id);
    assertThat(get(UNDERWRITER, d.reviews()).json().get(0)).isEqualTo(a);
  }

  /** The queue's entry for review {@code id}, as {@code token} sees it. */
  private JsonNode queued(String token, String id) {
    Reply q = get(token, "/api/v1/reviews?status=PENDING");
    assertThat(q.status()).as(q.body()).isEqualTo(200);
    for (JsonNode e : q.json()) {
      if (e.path("review_id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("review " + id + " is not in the queue: " + q.body());
  }

  @Test
  void aDeclinedOverrideLetsTheDecisionBeReviewedAgain() {
    Decided d = decide(CONSUMER);
    String id = post(UNDERWRITER, d.reviews(), overrideOf(d)).json().path("review_id").asText();
    post(checker(1), "/api/v1/reviews/" + id + "/decline", "{}").problem(400, "bad-note");
    assertThat(
            post(checker(1), "/api/v1/reviews/" + id + "/decline", note("   "))
                .problem(400, "bad-note")
                .path("field")
                .asText())
        .isEqualTo("note");
    post(UNDERWRITER, "/api/v1/reviews/" + id + "/decline", note("my own"))
        .problem(403, "maker-cannot-check");
    Reply declined = post(checker(1), "/api/v1/reviews/" + id + "/decline", note("not proven"));
    assertThat(declined.status()).as(declined.body()).isEqualTo(200);
    assertThat(declined.json().path("status").asText()).isEqualTo("DECLINED");
    assertThat(declined.json().path("checker_note").asText()).isEqualTo("not proven");
    assertThat(service.effective(CONSUMER, d.decisionId())).isEmpty();
    post(checker(2), "/api/v1/reviews/" + id + "/approve", "{}").problem(409, "review-not-pending");
    // the checker may now make the next review, and the first maker may check it
    Reply again = post(checker(1), d.reviews(), overrideOf(d));
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    String second = again.json().path("review_id").asText();
    assertThat(again.json().path("status").asText()).isEqualTo("PENDING");
    Reply approved = post(UNDERWRITER, "/api/v1/reviews/" + second + "/approve", "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().path("checker_note").isNull()).isTrue();
    JsonNode history = get(UNDERWRITER, d.reviews()).json();
    assertThat(history.findValuesAsText("review_id")).containsExactly(second, id);
    assertThat(history.findValuesAsText("status")).containsExactly("APPROVED", "DECLINED");
    assertThat(service.effective(CONSUMER, d.decisionId()).orElseThrow().reviewId())
        .isEqualTo(second);
  }

  @Test
  void badRequestsGetProblemsNamingTheField() {
    Decided d = decide(MSME);
    String approve = "{\"action\":\"OVERRIDE\",\"outcome\":\"APPROVE\",";
    assertThat(
            post(
                    UNDERWRITER,
                    d.reviews(),
                    approve + "\"amount\":1,\"tenure_months\":1," + "\"reason\":\"too short\"}")
                .problem(400, "bad-reason")
                .path("field")
                .asText())
        .isEqualTo("reason");
    assertThat(
            post(
                    UNDERWRITER,
                    d.reviews(),
                    approve + "\"tenure_months\":12,\"reason\":\"" + REASON + "\"}")
                .problem(400, "bad-amount")
                .path("field")
                .asText())
        .isEqualTo("amount");
    assertThat(
            post(UNDERWRITER, d.reviews(), approve + "\"amount\":9,\"reason\":\"" + REASON + "\"}")
                .problem(400, "bad-tenure")
                .path("field")
                .asText())
        .isEqualTo("tenure_months");
    Map<String, String> bodies =
        Map.of(
            "{}",
            "bad-action",
            "{\"action\":\"MAYBE\"}",
            "bad-action",
            "{\"action\":\"OVERRIDE\",\"outcome\":\"REFER\",\"reason\":\"" + REASON + "\"}",
            "bad-outcome",
            "{\"action\":\"ACCEPT\",\"reason\":\"" + REASON + "\"}",
            "bad-field",
            "{\"action\":\"ACCEPT\",\"why\":1}",
            "unknown-field",
            "{\"action\":",
            "bad-json");
    bodies.forEach((body, code) -> post(UNDERWRITER, d.reviews(), body).problem(400, code));
    assertThat(d.outcome()).as("the MSME's decision").isEqualTo("REJECT");
    post(
            UNDERWRITER,
            d.reviews(),
            "{\"action\":\"OVERRIDE\",\"outcome\":\"REJECT\",\"reason\":\"" + REASON + "\"}")
        .problem(400, "no-change");
    post(UNDERWRITER, "/api/v1/customers/" + MSME + "/decisions/no-such/reviews", overrideOf(d))
        .problem(404, "no-such-decision");
    get(UNDERWRITER, "/api/v1/customers/" + MSME + "/decisions/no-such/reviews")
        .problem(404, "no-such-decision");
    post(checker(1), "/api/v1/reviews/no-such-review/approve", "{}").problem(404, "no-such-review");
    get(UNDERWRITER, "/api/v1/reviews?status=DONE").problem(400, "bad-status");
    assertThat(get(UNDERWRITER, d.reviews()).json()).isEmpty();
  }

  @Test
  void concurrentCheckersHaveExactlyOneWinner() throws Exception {
    Decided d = decide(CONSUMER);
    String id = post(UNDERWRITER, d.reviews(), overrideOf(d)).json().path("review_id").asText();
    int n = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        String token = checker(1 + i % 2);
        String verb = i % 4 == 3 ? "decline" : "approve";
        replies.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return post(token, "/api/v1/reviews/" + id + "/" + verb, note("race"));
                },
                pool));
      }
      start.countDown();
      CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    Map<Integer, Long> byStatus =
        replies.stream()
            .map(CompletableFuture::join)
            .collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
    assertThat(byStatus).as(byStatus.toString()).containsOnlyKeys(200, 409);
    assertThat(byStatus.get(200)).isEqualTo(1L);
    replies.stream()
        .map(CompletableFuture::join)
        .filter(r -> r.status() == 409)
        .forEach(r -> r.problem(409, "review-not-pending"));
    JsonNode after = get(UNDERWRITER, d.reviews()).json();
    assertThat(after).hasSize(1);
    assertThat(after.get(0).path("status").asText()).isIn("APPROVED", "DECLINED");
  }

  @Test
  void concurrentMakersLeaveOneLiveReview() throws Exception {
    Decided d = decide(MSME);
    CountDownLatch start = new CountDownLatch(1);
    int n = 12;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        String token = i % 2 == 0 ? UNDERWRITER : checker(1);
        String body = i % 3 == 0 ? "{\"action\":\"ACCEPT\"}" : overrideOf(d);
        replies.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return post(token, d.reviews(), body);
                },
                pool));
      }
      start.countDown();
      CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    List<Reply> all = replies.stream().map(CompletableFuture::join).toList();
    assertThat(all.stream().filter(r -> r.status() == 201).count()).as(all.toString()).isEqualTo(1);
    all.stream()
        .filter(r -> r.status() != 201)
        .forEach(
            r ->
                assertThat(r.json().path("code").asText())
                    .isIn("decision-reviewed", "review-pending"));
    assertThat(get(UNDERWRITER, d.reviews()).json()).hasSize(1);
  }

  @Test
  void anAuditorMayNotReviewAndEveryActionIsAudited() {
    Decided d = decide(MSME);
    post(AUDITOR, d.reviews(), "{\"action\":\"ACCEPT\"}").problem(403, "forbidden");
    get(AUDITOR, "/api/v1/reviews").problem(403, "forbidden");
    String id = post(UNDERWRITER, d.reviews(), overrideOf(d)).json().path("review_id").asText();
    post(UNDERWRITER, "/api/v1/reviews/" + id + "/approve", "{}")
        .problem(403, "maker-cannot-check");
    post(UNDERWRITER, d.reviews(), "{\"action\":\"ACCEPT\"}").problem(409, "review-pending");
    assertThat(post(checker(1), "/api/v1/reviews/" + id + "/approve", note("ok")).status())
        .isEqualTo(200);
    List<JsonNode> rows =
        auditRows(MSME).stream()
            .filter(
                r ->
                    r.path("detail").asText().contains(d.decisionId())
                        || r.path("detail").asText().contains(id))
            .toList();
    Function<JsonNode, String> line =
        r -> r.path("action").asText() + " " + r.path("outcome").asText();
    assertThat(rows.stream().map(line))
        .containsSubsequence(
            "review.override OK",
            "review.approve DENIED",
            "review.accept DENIED",
            "review.approve OK");
    JsonNode approved = rows.get(rows.size() - 1);
    assertThat(approved.path("actor").asText()).startsWith("token:rev-checker1-");
    assertThat(approved.path("consent_id").asText()).isNotEmpty();
    assertThat(approved.path("purpose").asInt()).isEqualTo(103);
    assertThat(approved.path("detail").asText()).contains("APPROVED").contains(id);
  }

  /** Every audit row of the customer, oldest first (paged through with the AUDITOR token). */
  private List<JsonNode> auditRows(String customerId) {
    List<JsonNode> out = new ArrayList<>();
    long after = 0;
    while (true) {
      Reply page =
          get(AUDITOR, "/api/v1/audit?limit=1000&customer_id=" + customerId + "&after=" + after);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      page.json().forEach(out::add);
      if (page.json().size() < 1000) {
        return out;
      }
      after = out.get(out.size() - 1).path("seq").asLong();
    }
  }

  @Test
  void theRoutesAreDescribedInTheOpenApiDocument() {
    JsonNode docs = get(null, "/v3/api-docs").json();
    JsonNode paths = docs.path("paths");
    assertThat(paths.has("/api/v1/customers/{customerId}/decisions/{decisionId}/reviews")).isTrue();
    assertThat(paths.has("/api/v1/reviews")).isTrue();
    assertThat(paths.has("/api/v1/reviews/{reviewId}/approve")).isTrue();
    assertThat(paths.has("/api/v1/reviews/{reviewId}/decline")).isTrue();
    JsonNode schemas = docs.path("components").path("schemas");
    assertThat(schemas.path("ReviewRequest").path("properties").has("tenure_months")).isTrue();
    assertThat(schemas.path("Review").path("properties").has("checker_note")).isTrue();
  }

  @Test
  void erasingADecisionErasesItsReviews() {
    Decided d = decide(CONSUMER);
    String id = post(UNDERWRITER, d.reviews(), overrideOf(d)).json().path("review_id").asText();
    assertThat(count(id)).isEqualTo(1);
    // as retention's erasure does (Eraser deletes the decision rows, as the app's user)
    assertThat(jdbc.update("DELETE FROM decision WHERE decision_id = ?", d.decisionId()))
        .isEqualTo(1);
    assertThat(count(id)).isZero();
    get(UNDERWRITER, "/api/v1/reviews/" + id).problem(404, "not-found");
  }

  @Test
  void theDatabaseHoldsADecisionToOneLiveReview() {
    Decided d = decide(CONSUMER);
    String id = post(UNDERWRITER, d.reviews(), overrideOf(d)).json().path("review_id").asText();
    String insert =
        "INSERT INTO decision_review (review_id, customer_id, decision_id, kind, engine_outcome,"
            + " outcome, maker, made_at, status, live_for) VALUES (?, ?, ?, 'ACCEPT', ?, ?, 'x',"
            + " CURRENT_TIMESTAMP, ?, ?)";
    Object[] live = {UUID.randomUUID().toString(), CONSUMER, d.decisionId(), "APPROVE", "APPROVE"};
    assertThatThrownBy(() -> jdbc.update(insert, with(live, "ACCEPTED", d.decisionId())))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> jdbc.update(insert, with(live, "ACCEPTED", null)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update(insert, with(live, "DECLINED", d.decisionId())))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(get(UNDERWRITER, d.reviews()).json().findValuesAsText("review_id"))
        .containsExactly(id);
  }

  private static Object[] with(Object[] head, Object status, Object liveFor) {
    Object[] out = java.util.Arrays.copyOf(head, head.length + 2);
    out[head.length] = status;
    out[head.length + 1] = liveFor;
    return out;
  }

  private int count(String reviewId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM decision_review WHERE review_id = ?", Integer.class, reviewId);
    return n == null ? 0 : n;
  }
}
