package dev.saakh.server.audit;

import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for AUDITORs: its rows and a check of the whole chain. */
@RestController
@Tag(name = "audit", description = "The hash-chained audit log (AUDITOR)")
public class AuditApi {
  private final AuditVerifier verifier;
  private final AuditLog audit;
  private final JdbcTemplate jdbc;

  public AuditApi(AuditVerifier verifier, AuditLog audit, JdbcTemplate jdbc) {
    this.verifier = verifier;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @GetMapping(path = "/api/v1/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Recompute the hash chain; names the first altered, missing or foreign row")
  public AuditVerifier.Report verify() {
    AuditVerifier.Report r = verifier.verify();
    audit.record(
        AuditEntry.of(Caller.current(), null, "audit.verify")
            .detail(r.intact() ? "intact, " + r.rows() + " rows" : r.problem()));
    return r;
  }

  @GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Audit rows after a sequence number, oldest first, optionally for one customer")
  public List<AuditChain.Row> rows(
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(name = "customer_id", required = false) String customerId) {
    int n = Math.max(1, Math.min(limit, 1000));
    String sql =
        "SELECT "
            + AuditChain.COLUMNS
            + " FROM audit_log WHERE seq > ?"
            + (customerId == null ? "" : " AND customer_id = ?")
            + " ORDER BY seq FETCH FIRST "
            + n
            + " ROWS ONLY";
    Object[] args = customerId == null ? new Object[] {after} : new Object[] {after, customerId};
    List<AuditChain.Row> rows = jdbc.query(sql, (rs, i) -> AuditChain.read(rs), args);
    audit.record(
        AuditEntry.of(Caller.current(), customerId, "audit.read").detail(rows.size() + " rows"));
    return rows;
  }
}
