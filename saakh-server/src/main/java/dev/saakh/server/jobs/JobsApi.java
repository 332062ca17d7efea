package dev.saakh.server.jobs;

import dev.saakh.server.api.CustomerApi;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /api/v1/…/jobs}: clean, analyze and decide as one job, followed live. */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1")
@Tag(name = "jobs", description = "Long work as jobs: started once per key, followed live (SSE)")
public class JobsApi {
  /** The request header binding a job to its request. */
  public static final String KEY = "Idempotency-Key";

  private final Jobs jobs;

  public JobsApi(Jobs jobs) {
    this.jobs = jobs;
  }

  @PostMapping(
      path = "/customers/{customerId}/jobs",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Start a job: clean, analyze and decide for the customer",
      description =
          "202 with the new job (Location: the job). The stages run in the background through the"
              + " consent gate, audited, as the caller. The same Idempotency-Key with the same"
              + " request (the SHA-256 of its canonical form) returns that job again with 200; the"
              + " key with another request is refused with 409 (idempotency-key-reused). Keys are"
              + " global. A refusal (e.g. no consent) ends the job FAILED with the reason in"
              + " 'error'.")
  public ResponseEntity<JobStatus> start(
      @PathVariable String customerId,
      @RequestHeader(name = KEY, required = false)
          @Parameter(description = "1 to 200 visible ASCII characters, e.g. a UUID; required")
          String key,
      @RequestBody(required = false) CustomerApi.DecisionRequest body) {
    Jobs.Submitted s = jobs.submit(Caller.current(), customerId, key, body);
    return ResponseEntity.status(s.fresh() ? HttpStatus.ACCEPTED : HttpStatus.OK)
        .header("Location", s.job().links().self())
        .body(s.job());
  }

  @GetMapping(path = "/jobs/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A job: state, stage, progress, and its result or error")
  public JobStatus job(@PathVariable String jobId) {
    return jobs.find(Caller.current(), jobId);
  }

  @GetMapping(path = "/jobs/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "Follow a job live (Server-Sent Events)",
      description =
          "The job's current state at once, then an event per stage change ('progress', data:"
              + " the job as JSON), then 'done' or 'failed' and the stream ends. A job that has"
              + " finished gets its final event at once.")
  public SseEmitter events(@PathVariable String jobId) {
    return jobs.events(Caller.current(), jobId);
  }
}
