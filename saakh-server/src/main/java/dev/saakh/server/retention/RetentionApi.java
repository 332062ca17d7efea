package dev.saakh.server.retention;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The retention report (AUDITOR or ADMIN) and an erasure run on demand (ADMIN). */
@RestController
@Tag(name = "retention", description = "DPDP retention and erasure (AUDITOR, ADMIN)")
class RetentionApi {
  private static final int MAX_DAYS = 3660;

  private final RetentionJob job;
  private final AuditLog audit;
  private final Clock clock;

  RetentionApi(RetentionJob job, AuditLog audit, Clock clock) {
    this.job = job;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/retention", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "What retention deletes: due now, and due within ?days=N (default 30)",
      description =
          "Per customer id: the rule, since when it counts, when it falls due, whether a job is"
              + " under way (the run skips the customer until it ends), rows held per table.")
  public RetentionReport report(@RequestParam(defaultValue = "30") int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw ApiException.badRequest(
          "bad-days", "days must be between 0 and " + MAX_DAYS + ", not " + days, "days");
    }
    RetentionReport r = job.report(clock.instant(), Duration.ofDays(days));
    audit.record(
        AuditEntry.of(Caller.current(), null, "retention.report")
            .detail(
                r.dueNow().size()
                    + " due now, "
                    + r.dueSoon().size()
                    + " within "
                    + days
                    + " days"));
    return r;
  }

  @PostMapping(path = "/api/v1/retention/run", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Run retention now (ADMIN); the erasure receipts")
  public Map<String, Object> run() {
    Caller who = Caller.current();
    if (who.role() != Role.ADMIN) {
      audit.record(
          AuditEntry.of(who, null, "retention.run").denied("role " + who.roleName() + " may not"));
      throw ApiException.forbidden("admin-only", "only an ADMIN may run retention");
    }
    Instant now = clock.instant();
    List<Receipt> receipts = job.run(now);
    audit.record(AuditEntry.of(who, null, "retention.run").detail(receipts.size() + " erasures"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("as_of", now);
    out.put("receipts", receipts);
    return out;
  }
}
