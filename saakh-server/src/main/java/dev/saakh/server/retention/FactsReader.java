package dev.saakh.server.retention;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.CustomerStore;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the rules need about each customer: the customer row, raw rows held, the latest
 * decision, consents (AA consents from {@code aa_consent}, others from the clean consent lines) and
 * whether a job is under way.
 */
@Component
class FactsReader {
  private final JdbcTemplate jdbc;
  private final CustomerStore store;
  private final ConsentStore consents;

  FactsReader(JdbcTemplate jdbc, CustomerStore store, ConsentStore consents) {
    this.jdbc = jdbc;
    this.store = store;
    this.consents = consents;
  }

  /** Every customer id with data held: customers, and AA consents without a customer row. */
  List<String> customerIds() {
    TreeSet<String> ids = new TreeSet<>();
    ids.addAll(jdbc.queryForList("SELECT customer_id FROM customer", String.class));
    ids.addAll(jdbc.queryForList("SELECT DISTINCT customer_id FROM aa_consent", String.class));
    ids.addAll(jdbc.queryForList("SELECT DISTINCT customer_id FROM fi_session", String.class));
    return List.copyOf(ids);
  }

  private record Row(String source, Instant ingestedAt, Instant cleanedAt) {}

  /** The facts about one customer as the database holds them now. */
  Facts read(String id) {
    Optional<Row> c =
        jdbc
            .query(
                "SELECT source, ingested_at, cleaned_at FROM customer WHERE customer_id = ?",
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class))),
                id)
            .stream()
            .findFirst();
    long raw = count("SELECT COUNT(*) FROM raw_record WHERE customer_id = ?", id);
    List<Consent> held = consents(id, c.orElse(null));
    return new Facts(
        id,
        c.map(Row::ingestedAt).orElse(null),
        c.map(Row::cleanedAt).orElse(null),
        raw,
        latestDecision(id),
        revokedAt(held),
        dataLife(held),
        busy(id));
  }

  /** A job for the customer is QUEUED or RUNNING. */
  boolean busy(String id) {
    return count(
            "SELECT COUNT(*) FROM job WHERE customer_id = ? AND state IN ('QUEUED', 'RUNNING')", id)
        > 0;
  }

  private Facts.Decided latestDecision(String id) {
    return jdbc
        .query(
            "SELECT outcome, created_at FROM decision WHERE customer_id = ?"
                + " ORDER BY created_at DESC, decision_id DESC FETCH FIRST 1 ROWS ONLY",
            (rs, n) ->
                new Facts.Decided(
                    rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
            id)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * One consent as retention sees it: its status, since when it is known (null when unknown), its
   * DataLife (null when unknown).
   */
  record Consent(ConsentStatus status, Instant statusAt, Facts.DataLife life) {}

  private List<Consent> consents(String id, Row customer) {
    List<Consent> out = new ArrayList<>();
    for (ConsentStore.Row r : consents.byCustomer(id)) {
      Facts.DataLife life = null;
      if (r.artefact() != null) {
        ConsentArtefact a = ConsentStore.artefact(r);
        life = new Facts.DataLife(a.dataLifeUnit(), a.dataLifeValue());
      }
      out.add(new Consent(status(r.status()), r.statusAt().toInstant(), life));
    }
    if (customer != null && !"AA".equals(customer.source()) && customer.cleanedAt() != null) {
      // A file's consent lines say REVOKED but not since when: since the data saying so was
      // cleaned.
      for (String line : store.cleanLines(id, Dataset.CONSENTS)) {
        out.add(fromLine(line, customer.cleanedAt()));
      }
    }
    return out;
  }

  private static Consent fromLine(String line, Instant known) {
    try {
      ConsentArtefact a = LakeJson.mapper().readValue(line, ConsentArtefact.class);
      return new Consent(
          a.status(), known, new Facts.DataLife(a.dataLifeUnit(), a.dataLifeValue()));
    } catch (IOException e) {
      throw new IllegalStateException("a clean consent line is unreadable", e);
    }
  }

  /** AA statuses beyond core's four: PENDING, REJECTED, FAILED hold no data; null for them. */
  private static ConsentStatus status(String s) {
    return switch (s) {
      case "ACTIVE" -> ConsentStatus.ACTIVE;
      case "PAUSED" -> ConsentStatus.PAUSED;
      case "REVOKED" -> ConsentStatus.REVOKED;
      case "EXPIRED" -> ConsentStatus.EXPIRED;
      default -> null;
    };
  }

  /** The latest revocation, when no consent is ACTIVE. */
  static Instant revokedAt(List<Consent> held) {
    if (held.stream().anyMatch(c -> c.status() == ConsentStatus.ACTIVE)) {
      return null;
    }
    return held.stream()
        .filter(c -> c.status() == ConsentStatus.REVOKED && c.statusAt() != null)
        .map(Consent::statusAt)
        .max(Instant::compareTo)
        .orElse(null);
  }

  /**
   * The DataLife data is held under: the longest of the ACTIVE consents', else the longest of all
   * held (data fetched under a consent that later expired keeps that consent's DataLife).
   */
  static Facts.DataLife dataLife(List<Consent> held) {
    List<Consent> active = held.stream().filter(c -> c.status() == ConsentStatus.ACTIVE).toList();
    Facts.DataLife out = null;
    for (Consent c : active.isEmpty() ? held : active) {
      out = Facts.DataLife.longer(out, c.life());
    }
    return out;
  }

  private long count(String sql, String id) {
    Long n = jdbc.queryForObject(sql, Long.class, id);
    return n == null ? 0 : n;
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
