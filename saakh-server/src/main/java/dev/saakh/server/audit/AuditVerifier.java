package dev.saakh.server.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Recomputes the audit chain from the first row and names the first row that does not fit. */
@Component
public class AuditVerifier {
  private final JdbcTemplate jdbc;

  public AuditVerifier(JdbcTemplate jdbc) {
    // Its own template: the fetch size streams the whole log without changing the shared one.
    this.jdbc = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
    this.jdbc.setFetchSize(1000);
  }

  /**
   * The outcome of a check.
   *
   * @param firstBadSeq the first row that was altered, removed or inserted out of chain; null when
   *     the chain holds
   */
  public record Report(
      boolean intact, long rows, Long firstBadSeq, String problem, String lastHash) {}

  public Report verify() {
    long[] expectSeq = {1};
    String[] prev = {AuditChain.GENESIS};
    Report[] bad = {null};
    long[] rows = {0};
    jdbc.query(
        "SELECT " + AuditChain.COLUMNS + " FROM audit_log ORDER BY seq",
        rs -> {
          if (bad[0] != null) {
            return;
          }
          AuditChain.Row r = AuditChain.read(rs);
          rows[0]++;
          String problem = null;
          if (r.seq() != expectSeq[0]) {
            problem = "row " + expectSeq[0] + " is missing (next row is " + r.seq() + ")";
          } else if (!r.prevHash().equals(prev[0])) {
            problem =
                "row " + r.seq() + " does not follow the row before it (previous hash differs)";
          } else if (!AuditChain.hash(r).equals(r.rowHash())) {
            problem = "row " + r.seq() + " was altered (its hash does not match its fields)";
          }
          if (problem != null) {
            bad[0] = new Report(false, rows[0], Math.min(r.seq(), expectSeq[0]), problem, prev[0]);
            return;
          }
          expectSeq[0]++;
          prev[0] = r.rowHash();
        });
    return bad[0] != null ? bad[0] : new Report(true, rows[0], null, null, prev[0]);
  }
}
