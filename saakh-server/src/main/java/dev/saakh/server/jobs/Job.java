package dev.saakh.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One job as stored: what was asked (the canonical request), how far it got and how it ended.
 *
 * @param stage the stage running or last run, {@code null} while queued
 * @param result on success the decision and what was written; on failure the error's code
 * @param error on failure a sentence saying why (a refusal's message, never a stack trace)
 */
record Job(
    String jobId,
    String idempotencyKey,
    String requestSha256,
    String customerId,
    String kind,
    JsonNode request,
    State state,
    Stage stage,
    int progress,
    JsonNode result,
    String error,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {
  /** The one kind of job today: clean, analyze and decide for one customer. */
  static final String UNDERWRITE = "underwrite";

  Job {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(requestSha256, "requestSha256");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (progress < 0 || progress > 100) {
      throw new IllegalArgumentException("progress must be 0 to 100, was " + progress);
    }
  }

  /** Where a job is in its life. */
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    boolean finished() {
      return switch (this) {
        case QUEUED, RUNNING -> false;
        case SUCCEEDED, FAILED -> true;
      };
    }
  }

  /** The steps of an underwrite job, in order, with the progress reached when each starts. */
  enum Stage {
    CLEAN(0),
    ANALYZE(34),
    DECIDE(67),
    DONE(100);

    private final int progress;

    Stage(int progress) {
      this.progress = progress;
    }

    int progress() {
      return progress;
    }
  }

  Job running(Stage next, OffsetDateTime at) {
    return with(State.RUNNING, next, next.progress(), result, error, at);
  }

  Job succeeded(JsonNode out, OffsetDateTime at) {
    return with(State.SUCCEEDED, Stage.DONE, 100, out, null, at);
  }

  Job failed(JsonNode out, String why, OffsetDateTime at) {
    return with(State.FAILED, stage, progress, out, why, at);
  }

  private Job with(State s, Stage st, int p, JsonNode out, String why, OffsetDateTime at) {
    return new Job(
        jobId,
        idempotencyKey,
        requestSha256,
        customerId,
        kind,
        request,
        s,
        st,
        p,
        out,
        why,
        createdBy,
        createdAt,
        at);
  }
}
