package dev.saakh.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Jobs in the {@code job} table. The idempotency key is a unique column, so two requests racing
 * with one key make one row: the loser reads the winner's.
 */
@Component
class JobStore {
  private static final String COLUMNS =
      "job_id, idempotency_key, request_sha256, customer_id, kind, request, state, stage,"
          + " progress, result, error, created_by, created_at, updated_at";

  private final JdbcTemplate jdbc;

  JobStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts {@code job} unless its key is taken; returns the job stored under the key (this one, or
   * the one that was there).
   */
  Inserted insert(Job job) {
    try {
      jdbc.update(
          "INSERT INTO job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          job.jobId(),
          job.idempotencyKey(),
          job.requestSha256(),
          job.customerId(),
          job.kind(),
          text(job.request()),
          job.state().name(),
          job.stage() == null ? null : job.stage().name(),
          job.progress(),
          text(job.result()),
          job.error(),
          job.createdBy(),
          job.createdAt(),
          job.updatedAt());
      return new Inserted(job, true);
    } catch (DuplicateKeyException e) {
      return new Inserted(
          byKey(job.idempotencyKey())
              .orElseThrow(() -> new IllegalStateException("job key taken but not found", e)),
          false);
    }
  }

  /** A job stored by {@link #insert}, and whether it is the new one. */
  record Inserted(Job job, boolean fresh) {}

  /** Writes the job's state, stage, progress, result and error. */
  void update(Job job) {
    jdbc.update(
        "UPDATE job SET state = ?, stage = ?, progress = ?, result = ?, error = ?, updated_at = ?"
            + " WHERE job_id = ?",
        job.state().name(),
        job.stage() == null ? null : job.stage().name(),
        job.progress(),
        text(job.result()),
        job.error(),
        job.updatedAt(),
        job.jobId());
  }

  void delete(String jobId) {
    jdbc.update("DELETE FROM job WHERE job_id = ?", jobId);
  }

  Optional<Job> find(String jobId) {
    return one("SELECT " + COLUMNS + " FROM job WHERE job_id = ?", jobId);
  }

  Optional<Job> byKey(String key) {
    return one("SELECT " + COLUMNS + " FROM job WHERE idempotency_key = ?", key);
  }

  /** The jobs left queued or running, oldest first. */
  List<Job> unfinished() {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM job WHERE state IN ('QUEUED', 'RUNNING') ORDER BY created_at, job_id",
        (rs, n) -> job(rs));
  }

  private Optional<Job> one(String sql, String arg) {
    return jdbc.query(sql, (rs, n) -> job(rs), arg).stream().findFirst();
  }

  private static Job job(ResultSet rs) throws SQLException {
    String stage = rs.getString(8);
    return new Job(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        tree(rs.getString(6)),
        Job.State.valueOf(rs.getString(7)),
        stage == null ? null : Job.Stage.valueOf(stage),
        rs.getInt(9),
        tree(rs.getString(10)),
        rs.getString(11),
        rs.getString(12),
        rs.getObject(13, OffsetDateTime.class),
        rs.getObject(14, OffsetDateTime.class));
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    try {
      return LakeJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a job's JSON is not writable", e);
    }
  }

  private static JsonNode tree(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LakeJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored job's JSON is unreadable", e);
    }
  }
}
