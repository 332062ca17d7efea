package dev.saakh.server.console;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each underwriter's work queue: the customers they opened, with the purpose they stated. Opening a
 * case is audited (who, customer, purpose, reference); it reads no customer data.
 */
@Component
public class Cases {
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9 ._/#:-]{1,100}");
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  public Cases(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** One case of one underwriter. */
  public record Case(
      String username,
      String customerId,
      CasePurpose purpose,
      String reference,
      OffsetDateTime openedAt,
      OffsetDateTime lastOpened) {}

  /**
   * Opens (or reopens, with the purpose now stated) {@code customerId} for {@code who}; refuses a
   * bad customer id, a missing purpose or a malformed reference with a message naming it.
   */
  public Case open(Caller who, String customerId, String purpose, String reference) {
    String id = CustomerService.requireId(customerId);
    CasePurpose p = CasePurpose.parse(purpose);
    String ref = reference == null || reference.isBlank() ? null : reference.trim();
    if (ref != null && !REFERENCE.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "the application reference may hold up to 100 letters, digits, spaces and . _ / # : -");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated =
        jdbc.update(
            "UPDATE console_case SET purpose = ?, reference = ?, last_opened = ?"
                + " WHERE username = ? AND customer_id = ?",
            p.name(),
            ref,
            now,
            who.name(),
            id);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO console_case (username, customer_id, purpose, reference, opened_at,"
              + " last_opened) VALUES (?, ?, ?, ?, ?, ?)",
          who.name(),
          id,
          p.name(),
          ref,
          now,
          now);
    }
    audit.record(
        AuditEntry.of(who, id, "console.case.open")
            .detail(
                "purpose "
                    + p.name()
                    + " ("
                    + p.text()
                    + ")"
                    + (ref == null ? "" : ", ref " + ref)));
    return find(who, id).orElseThrow();
  }

  /** The case {@code who} holds for the customer, if they opened it. */
  public Optional<Case> find(Caller who, String customerId) {
    return jdbc
        .query(
            "SELECT username, customer_id, purpose, reference, opened_at, last_opened"
                + " FROM console_case WHERE username = ? AND customer_id = ?",
            (rs, n) -> row(rs),
            who.name(),
            customerId)
        .stream()
        .findFirst();
  }

  /** The cases of {@code who}, the most recently opened first. */
  public List<Case> queue(Caller who, int limit) {
    return jdbc.query(
        "SELECT username, customer_id, purpose, reference, opened_at, last_opened"
            + " FROM console_case WHERE username = ? ORDER BY last_opened DESC",
        ps -> {
          ps.setString(1, who.name());
          ps.setMaxRows(limit);
        },
        (rs, n) -> row(rs));
  }

  private static Case row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Case(
        rs.getString(1),
        rs.getString(2),
        CasePurpose.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getObject(5, OffsetDateTime.class),
        rs.getObject(6, OffsetDateTime.class));
  }
}
