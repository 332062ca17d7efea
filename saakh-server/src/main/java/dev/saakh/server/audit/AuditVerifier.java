package dev.saakh.server.audit;

import java.time.OffsetDateTime;
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
        "SELECT seq, at, actor, role, customer_id, purpose, consent_id, action, outcome, detail,"
            + " prev_hash, row_hash FROM audit_log ORDER BY seq",
        rs -> {
          if (bad[0] != null) {
            return;
          }
          Object purpose = rs.getObject(6);
          AuditChain.Row r =
              new AuditChain.Row(
                  rs.getLong(1),
                  rs.getObject(2, OffsetDateTime.class).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  purpose == null ? null : ((Number) purpose).intValue(),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12));
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
