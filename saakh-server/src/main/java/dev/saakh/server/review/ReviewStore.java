package dev.saakh.server.review;

import dev.saakh.server.review.ReviewService.Review;
import dev.saakh.server.review.ReviewService.Review.Kind;
import dev.saakh.server.review.ReviewService.Review.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code decision_review} table. A review is inserted once and changed once at most, from
 * PENDING to APPROVED or DECLINED, by a conditional update that only one checker can win. Its
 * {@code live_for} column holds the decision id while the review is live (not DECLINED), so the
 * database refuses a second live review of a decision however the requests race.
 */
@Component
class ReviewStore {
  private static final String COLUMNS =
      "review_id, customer_id, decision_id, kind, engine_outcome, outcome, amount, tenure_months,"
          + " reason, maker, made_at, status, checker, checked_at, checker_note";

  private final JdbcTemplate jdbc;

  ReviewStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts a new review.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the decision has a live review
   */
  void insert(Review r) {
    jdbc.update(
        "INSERT INTO decision_review ("
            + COLUMNS
            + ", live_for) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.reviewId(),
        r.customerId(),
        r.decisionId(),
        r.kind().name(),
        r.engineOutcome(),
        r.outcome(),
        r.amount(),
        r.tenureMonths(),
        r.reason(),
        r.maker(),
        r.madeAt(),
        r.status().name(),
        r.checker(),
        r.checkedAt(),
        r.checkerNote(),
        r.status() == Status.DECLINED ? null : r.decisionId());
  }

  /**
   * Checks a PENDING review: sets it APPROVED or DECLINED with the checker, the time and the note.
   * Returns false (and changes nothing) when it is no longer PENDING: another checker came first.
   */
  boolean check(String reviewId, Status to, String checker, OffsetDateTime at, String note) {
    return jdbc.update(
            "UPDATE decision_review SET status = ?, checker = ?, checked_at = ?, checker_note = ?"
                + (to == Status.DECLINED ? ", live_for = NULL" : "")
                + " WHERE review_id = ? AND status = 'PENDING'",
            to.name(),
            checker,
            at,
            note,
            reviewId)
        == 1;
  }

  Optional<Review> find(String reviewId) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM decision_review WHERE review_id = ?",
            (rs, n) -> read(rs),
            reviewId)
        .stream()
        .findFirst();
  }

  /** The reviews of one decision, newest first. */
  List<Review> forDecision(String customerId, String decisionId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM decision_review WHERE customer_id = ? AND decision_id = ?"
            + " ORDER BY made_at DESC, review_id DESC",
        (rs, n) -> read(rs),
        customerId,
        decisionId);
  }

  /** Every PENDING override, newest first. */
  List<Review> pending() {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM decision_review WHERE status = 'PENDING' ORDER BY made_at DESC, review_id DESC",
        (rs, n) -> read(rs));
  }

  /** The decision's final review (ACCEPTED or APPROVED), if it has one. */
  Optional<Review> effective(String customerId, String decisionId) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM decision_review WHERE customer_id = ? AND decision_id = ?"
                + " AND status IN ('ACCEPTED', 'APPROVED')",
            (rs, n) -> read(rs),
            customerId,
            decisionId)
        .stream()
        .findFirst();
  }

  private static Review read(ResultSet rs) throws SQLException {
    return new Review(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Kind.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getBigDecimal(7),
        rs.getObject(8, Integer.class),
        rs.getString(9),
        rs.getString(10),
        rs.getObject(11, OffsetDateTime.class),
        Status.valueOf(rs.getString(12)),
        rs.getString(13),
        rs.getObject(14, OffsetDateTime.class),
        rs.getString(15));
  }
}
