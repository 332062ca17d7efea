package dev.saakh.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A job as the API shows it (and as each Server-Sent Event carries it), with links to itself and to
 * its event stream.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param stage CLEAN, ANALYZE, DECIDE or DONE; null while queued; a failed job keeps the stage it
 *     failed in
 * @param progress 0 to 100
 */
public record JobStatus(
    String jobId,
    String kind,
    String customerId,
    String state,
    String stage,
    int progress,
    JsonNode request,
    JsonNode result,
    String error,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    Links links) {
  public JobStatus {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(links, "links");
  }

  /** Where to read the job ({@code self}) and follow it live ({@code events}). */
  public record Links(String self, String events) {}

  static String path(String jobId) {
    return "/api/v1/jobs/" + jobId;
  }

  static JobStatus of(Job j) {
    String self = path(j.jobId());
    return new JobStatus(
        j.jobId(),
        j.kind(),
        j.customerId(),
        j.state().name(),
        j.stage() == null ? null : j.stage().name(),
        j.progress(),
        j.request(),
        j.result(),
        j.error(),
        j.createdBy(),
        j.createdAt(),
        j.updatedAt(),
        new Links(self, self + "/events"));
  }

  /** This status as one line of JSON (an event's data). */
  String json() {
    try {
      return LakeJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a job is not writable as JSON", e);
    }
  }
}
