package dev.saakh.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.saakh.core.clean.CleanFiles;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.StoredClean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers' data in the database: raw lines as delivered, what cleaning kept and set aside, and
 * the analysis reports. Every stage replaces its own rows in one transaction, so a crash leaves a
 * customer as the previous stage finished it, never half-written.
 */
@Component
public class CustomerStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final AtRest atRest;

  public CustomerStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, AtRest atRest) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.atRest = atRest;
  }

  /** A customer's row: where its data came from and how far it has been processed. */
  public record Customer(
      String customerId,
      String segment,
      DataSource source,
      Long generatorSeed,
      LocalDate generatedAsOf,
      String rawSha256,
      OffsetDateTime ingestedAt,
      OffsetDateTime cleanedAt,
      String cleanSha256,
      OffsetDateTime analysedAt) {}

  public Optional<Customer> find(String customerId) {
    List<Customer> rows =
        jdbc.query(
            "SELECT customer_id, segment, source, generator_seed, generated_as_of, raw_sha256,"
                + " ingested_at, cleaned_at, clean_sha256, analysed_at FROM customer"
                + " WHERE customer_id = ?",
            (rs, n) ->
                new Customer(
                    rs.getString(1),
                    rs.getString(2),
                    DataSource.valueOf(rs.getString(3)),
                    (Long) rs.getObject(4, Long.class),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class),
                    rs.getObject(8, OffsetDateTime.class),
                    rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class)),
            customerId);
    return rows.stream().findFirst();
  }

  /**
   * Stores a customer's raw lines as delivered, replacing everything held for it before (raw,
   * clean, quarantine, analysis; decisions stay, they are history).
   */
  public void ingest(
      String customerId,
      String segment,
      DataSource source,
      Long seed,
      LocalDate asOf,
      Map<Dataset, List<RawLine>> raw) {
    MessageDigest digest = sha256();
    List<Object[]> rows = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      for (RawLine l : raw.getOrDefault(d, List.of())) {
        digest.update(l.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        rows.add(new Object[] {customerId, d.fileName(), l.number(), atRest.seal(l.text())});
      }
    }
    String hash = HexFormat.of().formatHex(digest.digest());
    OffsetDateTime now = OffsetDateTime.now(clock);
    tx.executeWithoutResult(
        s -> {
          deleteDerived(customerId);
          jdbc.update("DELETE FROM raw_record WHERE customer_id = ?", customerId);
          int updated =
              jdbc.update(
                  "UPDATE customer SET segment = ?, source = ?, generator_seed = ?,"
                      + " generated_as_of = ?, raw_sha256 = ?, ingested_at = ?, cleaned_at = NULL,"
                      + " clean_sha256 = NULL, analysed_at = NULL WHERE customer_id = ?",
                  segment,
                  source.name(),
                  seed,
                  asOf,
                  hash,
                  now,
                  customerId);
          if (updated == 0) {
            jdbc.update(
                "INSERT INTO customer (customer_id, segment, source, generator_seed,"
                    + " generated_as_of, raw_sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                customerId,
                segment,
                source.name(),
                seed,
                asOf,
                hash,
                now);
          }
          jdbc.batchUpdate(
              "INSERT INTO raw_record (customer_id, dataset, line_no, body) VALUES (?, ?, ?, ?)",
              rows);
        });
  }

  private void deleteDerived(String customerId) {
    jdbc.update("DELETE FROM analysis_report WHERE customer_id = ?", customerId);
    jdbc.update("DELETE FROM clean_record WHERE customer_id = ?", customerId);
    jdbc.update("DELETE FROM quarantine_record WHERE customer_id = ?", customerId);
    jdbc.update("DELETE FROM clean_log WHERE customer_id = ?", customerId);
  }

  /** The customer's raw lines, per dataset in line order (empty lists when none). */
  public Map<Dataset, List<RawLine>> raw(String customerId) {
    Map<Dataset, List<RawLine>> out = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      out.put(d, new ArrayList<>());
    }
    jdbc.query(
        "SELECT dataset, line_no, body FROM raw_record WHERE customer_id = ?"
            + " ORDER BY dataset, line_no",
        rs -> {
          out.get(Dataset.named(rs.getString(1)))
              .add(RawLine.of(rs.getLong(2), atRest.open(rs.getString(3))));
        },
        customerId);
    return out;
  }

  /** The customer's raw lines of one dataset. */
  public List<RawLine> raw(String customerId, Dataset dataset) {
    return jdbc.query(
        "SELECT line_no, body FROM raw_record WHERE customer_id = ? AND dataset = ?"
            + " ORDER BY line_no",
        (rs, n) -> RawLine.of(rs.getLong(1), atRest.open(rs.getString(2))),
        customerId,
        dataset.fileName());
  }

  /**
   * Replaces what cleaning kept of the customer, in one transaction; returns the SHA-256 of the
   * stored lines (clean lines, then quarantine lines, datasets in order), as {@link StoredClean}
   * computes it for a lake.
   */
  public String storeClean(CleanResult result, Object cleanLog) {
    String id = result.customerId();
    Map<Dataset, List<String>> cleanLines = new EnumMap<>(Dataset.class);
    Map<Dataset, List<String>> quarantineLines = new EnumMap<>(Dataset.class);
    List<Object[]> clean = new ArrayList<>();
    List<Object[]> quarantine = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      DatasetResult r = result.dataset(d);
      if (r == null) {
        continue;
      }
      List<String> kept = cleanLines.computeIfAbsent(d, k -> new ArrayList<>());
      for (Record rec : r.clean()) {
        String line = CleanFiles.line(rec);
        clean.add(
            new Object[] {id, d.fileName(), kept.size(), recordId(d, line), atRest.seal(line)});
        kept.add(line);
      }
      List<String> aside = quarantineLines.computeIfAbsent(d, k -> new ArrayList<>());
      for (Quarantined q : r.quarantined()) {
        String line = CleanFiles.line(q);
        quarantine.add(new Object[] {id, d.fileName(), aside.size(), atRest.seal(line)});
        aside.add(line);
      }
    }
    String hash = StoredClean.sha256(cleanLines, quarantineLines);
    String log = json(cleanLog);
    OffsetDateTime now = OffsetDateTime.now(clock);
    tx.executeWithoutResult(
        s -> {
          deleteDerived(id);
          jdbc.batchUpdate(
              "INSERT INTO clean_record (customer_id, dataset, seq, record_id, body)"
                  + " VALUES (?, ?, ?, ?, ?)",
              clean);
          jdbc.batchUpdate(
              "INSERT INTO quarantine_record (customer_id, dataset, seq, body)"
                  + " VALUES (?, ?, ?, ?)",
              quarantine);
          jdbc.update(
              "INSERT INTO clean_log (customer_id, body) VALUES (?, ?)", id, atRest.seal(log));
          jdbc.update(
              "UPDATE customer SET cleaned_at = ?, clean_sha256 = ?, analysed_at = NULL"
                  + " WHERE customer_id = ?",
              now,
              hash,
              id);
        });
    return hash;
  }

  /**
   * What cleaning kept of the customer, read back with the hash of its lines; empty if never
   * cleaned.
   */
  public Optional<StoredClean> storedClean(String customerId) {
    Optional<Customer> c = find(customerId);
    if (c.isEmpty() || c.get().cleanedAt() == null) {
      return Optional.empty();
    }
    Map<Dataset, List<String>> clean = new EnumMap<>(Dataset.class);
    Map<Dataset, List<String>> quarantine = new EnumMap<>(Dataset.class);
    jdbc.query(
        "SELECT dataset, body FROM clean_record WHERE customer_id = ? ORDER BY dataset, seq",
        rs -> {
          clean
              .computeIfAbsent(Dataset.named(rs.getString(1)), k -> new ArrayList<>())
              .add(atRest.open(rs.getString(2)));
        },
        customerId);
    jdbc.query(
        "SELECT dataset, body FROM quarantine_record WHERE customer_id = ? ORDER BY dataset, seq",
        rs -> {
          quarantine
              .computeIfAbsent(Dataset.named(rs.getString(1)), k -> new ArrayList<>())
              .add(atRest.open(rs.getString(2)));
        },
        customerId);
    try {
      return Optional.of(StoredClean.of(customerId, clean, quarantine));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored clean data of " + customerId + " is unreadable", e);
    }
  }

  /** The clean log of the customer's last clean, as JSON text. */
  public Optional<String> cleanLog(String customerId) {
    return jdbc
        .query(
            "SELECT body FROM clean_log WHERE customer_id = ?",
            (rs, n) -> atRest.open(rs.getString(1)),
            customerId)
        .stream()
        .findFirst();
  }

  /** The clean records of one dataset as stored JSON lines, in order. */
  public List<String> cleanLines(String customerId, Dataset dataset) {
    return jdbc.query(
        "SELECT body FROM clean_record WHERE customer_id = ? AND dataset = ? ORDER BY seq",
        (rs, n) -> atRest.open(rs.getString(1)),
        customerId,
        dataset.fileName());
  }

  /** The quarantine entries of one dataset as stored JSON lines, in order. */
  public List<String> quarantineLines(String customerId, Dataset dataset) {
    return jdbc.query(
        "SELECT body FROM quarantine_record WHERE customer_id = ? AND dataset = ? ORDER BY seq",
        (rs, n) -> atRest.open(rs.getString(1)),
        customerId,
        dataset.fileName());
  }

  /** Replaces the customer's analysis reports (name → JSON text) in one transaction. */
  public void storeAnalysis(String customerId, Map<String, String> reports) {
    List<Object[]> rows = new ArrayList<>();
    reports.forEach((name, body) -> rows.add(new Object[] {customerId, name, atRest.seal(body)}));
    OffsetDateTime now = OffsetDateTime.now(clock);
    tx.executeWithoutResult(
        s -> {
          jdbc.update("DELETE FROM analysis_report WHERE customer_id = ?", customerId);
          jdbc.batchUpdate(
              "INSERT INTO analysis_report (customer_id, report, body) VALUES (?, ?, ?)", rows);
          jdbc.update("UPDATE customer SET analysed_at = ? WHERE customer_id = ?", now, customerId);
        });
  }

  /** One stored report's JSON text. */
  public Optional<String> report(String customerId, String report) {
    return jdbc
        .query(
            "SELECT body FROM analysis_report WHERE customer_id = ? AND report = ?",
            (rs, n) -> atRest.open(rs.getString(1)),
            customerId,
            report)
        .stream()
        .findFirst();
  }

  /** Every stored report of the customer, name → JSON text, in name order. */
  public Map<String, String> reports(String customerId) {
    Map<String, String> out = new LinkedHashMap<>();
    jdbc.query(
        "SELECT report, body FROM analysis_report WHERE customer_id = ? ORDER BY report",
        rs -> {
          out.put(rs.getString(1), atRest.open(rs.getString(2)));
        },
        customerId);
    return out;
  }

  /** Anonymised counts: customers per segment and stage, decisions per outcome. */
  public Map<String, Object> stats() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customers", count("SELECT COUNT(*) FROM customer"));
    Map<String, Long> segments = new LinkedHashMap<>();
    jdbc.query(
        "SELECT segment, COUNT(*) FROM customer GROUP BY segment ORDER BY segment",
        rs -> {
          segments.put(rs.getString(1), rs.getLong(2));
        });
    out.put("customers_by_segment", segments);
    out.put(
        "customers_cleaned", count("SELECT COUNT(*) FROM customer WHERE cleaned_at IS NOT NULL"));
    out.put(
        "customers_analysed", count("SELECT COUNT(*) FROM customer WHERE analysed_at IS NOT NULL"));
    Map<String, Long> records = new LinkedHashMap<>();
    jdbc.query(
        "SELECT dataset, COUNT(*) FROM raw_record GROUP BY dataset ORDER BY dataset",
        rs -> {
          records.put(rs.getString(1), rs.getLong(2));
        });
    out.put("raw_records", records);
    out.put("clean_records", count("SELECT COUNT(*) FROM clean_record"));
    out.put("quarantined_records", count("SELECT COUNT(*) FROM quarantine_record"));
    Map<String, Long> outcomes = new LinkedHashMap<>();
    jdbc.query(
        "SELECT outcome, COUNT(*) FROM decision GROUP BY outcome ORDER BY outcome",
        rs -> {
          outcomes.put(rs.getString(1), rs.getLong(2));
        });
    out.put("decisions_by_outcome", outcomes);
    return out;
  }

  /** Customer ids in id order (for the demo and the console's list; ids only, no data). */
  public List<String> ids(int limit) {
    return jdbc.query(
        "SELECT customer_id FROM customer ORDER BY customer_id FETCH FIRST " + limit + " ROWS ONLY",
        (rs, n) -> rs.getString(1));
  }

  private long count(String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  private static String recordId(Dataset d, String line) {
    try {
      var node = LakeJson.mapper().readTree(line).get(d.idField());
      return node == null || node.isNull() ? null : node.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static String json(Object value) {
    try {
      return LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not writable as JSON", e);
    }
  }

  private static void add(MessageDigest d, String line) {
    d.update(line.getBytes(StandardCharsets.UTF_8));
    d.update((byte) '\n');
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
