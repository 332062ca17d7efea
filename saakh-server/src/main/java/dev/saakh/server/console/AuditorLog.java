package dev.saakh.server.console;

import dev.saakh.core.consent.Purpose;
import dev.saakh.server.audit.AuditChain;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log as the auditor's page reads it: a page of rows, newest first, narrowed by customer
 * id, actor, action text and outcome. Reads the rows the REST API reads ({@link AuditChain}), with
 * the filters the API does not offer.
 */
@Component
class AuditorLog {
  /** Longest filter text accepted. */
  static final int MAX_FILTER = 120;

  private final JdbcTemplate jdbc;

  AuditorLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What to show: each filter blank for "any".
   *
   * @param customer the customer id, exactly
   * @param actor part of the actor's name, any case
   * @param action part of the action, any case
   * @param outcome OK, DENIED or FAILED
   */
  record Filter(String customer, String actor, String action, String outcome) {
    Filter {
      customer = clean(customer, "customer id");
      actor = clean(actor, "actor");
      action = clean(action, "action");
      outcome = clean(outcome, "outcome").toUpperCase(Locale.ROOT);
      if (!outcome.isEmpty() && !List.of("OK", "DENIED", "FAILED").contains(outcome)) {
        throw new IllegalArgumentException(
            "outcome must be OK, DENIED or FAILED, not '" + outcome + "'");
      }
    }

    private static String clean(String s, String name) {
      String t = s == null ? "" : s.trim();
      if (t.length() > MAX_FILTER) {
        throw new IllegalArgumentException(
            "the " + name + " filter may have up to " + MAX_FILTER + " characters");
      }
      return t;
    }

    /** The filters in use, for the audit row's detail ("" when none). */
    String describe() {
      List<String> parts = new ArrayList<>();
      if (!actor.isEmpty()) {
        parts.add("actor~" + actor);
      }
      if (!action.isEmpty()) {
        parts.add("action~" + action);
      }
      if (!outcome.isEmpty()) {
        parts.add("outcome " + outcome);
      }
      return String.join(", ", parts);
    }
  }

  /** One row as the page shows it; {@code purpose} is the code and its meaning. */
  record Entry(
      long seq,
      OffsetDateTime at,
      String actor,
      String role,
      String customerId,
      String consentId,
      String purpose,
      String action,
      String outcome,
      String detail) {
    /** Whether the row records a refusal or a failure. */
    public boolean flagged() {
      return !"OK".equals(outcome);
    }
  }

  /**
   * A page of rows, newest first.
   *
   * @param newer whether rows after the first one shown match the filter
   * @param older whether rows before the last one shown match the filter
   */
  record Page(List<Entry> rows, boolean newer, boolean older) {
    Page {
      rows = List.copyOf(rows);
    }

    /** The highest sequence number shown (0 when none). */
    public long first() {
      return rows.isEmpty() ? 0 : rows.get(0).seq();
    }

    /** The lowest sequence number shown (0 when none). */
    public long last() {
      return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
    }
  }

  /**
   * Up to {@code size} rows matching {@code f}: those before {@code before}, or (when {@code
   * before} is null and {@code after} is not) the oldest ones after {@code after}, or the newest.
   */
  Page page(Filter f, Long before, Long after, int size) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args);
    List<Entry> rows;
    if (before == null && after != null) {
      args.add(after);
      rows = query(where + " AND seq > ? ORDER BY seq", args, size);
      Collections.reverse(rows);
    } else {
      if (before != null) {
        args.add(before);
      }
      rows =
          query(where + (before == null ? "" : " AND seq < ?") + " ORDER BY seq DESC", args, size);
    }
    if (rows.isEmpty()) {
      return new Page(rows, false, false);
    }
    boolean newer = exists(f, "seq > ?", rows.get(0).seq());
    boolean older = exists(f, "seq < ?", rows.get(rows.size() - 1).seq());
    return new Page(rows, newer, older);
  }

  private List<Entry> query(String where, List<Object> args, int size) {
    return new ArrayList<>(
        jdbc.query(
            "SELECT "
                + AuditChain.COLUMNS
                + " FROM audit_log"
                + where
                + " FETCH FIRST "
                + size
                + " ROWS ONLY",
            (rs, n) -> entry(AuditChain.read(rs)),
            args.toArray()));
  }

  private boolean exists(Filter f, String bound, long seq) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args) + " AND " + bound;
    args.add(seq);
    return !jdbc.queryForList(
            "SELECT seq FROM audit_log" + where + " FETCH FIRST 1 ROWS ONLY",
            Long.class,
            args.toArray())
        .isEmpty();
  }

  private static String where(Filter f, List<Object> args) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (!f.customer().isEmpty()) {
      w.append(" AND customer_id = ?");
      args.add(f.customer());
    }
    if (!f.actor().isEmpty()) {
      w.append(" AND LOWER(actor) LIKE ? ESCAPE '\\'");
      args.add(like(f.actor()));
    }
    if (!f.action().isEmpty()) {
      w.append(" AND LOWER(action) LIKE ? ESCAPE '\\'");
      args.add(like(f.action()));
    }
    if (!f.outcome().isEmpty()) {
      w.append(" AND outcome = ?");
      args.add(f.outcome());
    }
    return w.toString();
  }

  /** A LIKE pattern matching {@code text} anywhere, any case, its wildcards taken literally. */
  static String like(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  private static Entry entry(AuditChain.Row r) {
    return new Entry(
        r.seq(),
        r.at().atOffset(ZoneOffset.UTC),
        r.actor(),
        r.role(),
        r.customerId(),
        r.consentId(),
        purpose(r.purpose()),
        r.action(),
        r.outcome(),
        r.detail());
  }

  private static String purpose(Integer code) {
    if (code == null) {
      return null;
    }
    for (Purpose p : Purpose.values()) {
      if (p.code() == code) {
        return code + " · " + p.text();
      }
    }
    return code.toString();
  }
}
