package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.retention.Receipt;
import dev.saakh.server.retention.RetentionJob;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention on the real server and database: the clock is moved by running the job as of a later
 * instant, and every table is counted afterwards. Each test uses customers of its own (the demo
 * database is shared by every IT class), and runs the job for those customers only.
 */
class RetentionIT extends ServerIT {
  static final List<String> TABLES =
      List.of(
          "customer",
          "raw_record",
          "clean_record",
          "quarantine_record",
          "clean_log",
          "analysis_report",
          "decision",
          "job",
          "fi_session",
          "aa_consent");

  @Autowired RetentionJob job;
  @Autowired JdbcTemplate jdbc;

  private long rows(String table, String id) {
    Long n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?", Long.class, id);
    return n == null ? 0 : n;
  }

  private void assertErased(String id) {
    for (String t : TABLES) {
      assertThat(rows(t, id)).as(t + " rows of " + id).isZero();
    }
    Reply verify = get(AUDITOR, "/api/v1/audit/verify");
    assertThat(verify.status()).as(verify.body()).isEqualTo(200);
    assertThat(verify.json().path("intact").asBoolean()).as(verify.body()).isTrue();
  }

  private List<String> receipts(String id) {
    return jdbc.queryForList(
        "SELECT detail FROM audit_log WHERE customer_id = ? AND action = 'retention.erase'"
            + " ORDER BY seq",
        String.class,
        id);
  }

  private void generateAndClean(String id) {
    String body = "{\"customer_id\": \"" + id + "\"}";
    Reply gen = post(UNDERWRITER, "/api/pipeline/generate", body);
    assertThat(gen.status()).as(gen.body()).isEqualTo(200);
    Reply clean = post(UNDERWRITER, "/api/pipeline/clean", body);
    assertThat(clean.status()).as(clean.body()).isEqualTo(200);
  }

  /** A column of the customer's newest decision. */
  private <T> T newest(String id, String column, Class<T> type) {
    return jdbc.queryForList(
            "SELECT " + column + " FROM decision WHERE customer_id = ? ORDER BY created_at DESC",
            type,
            id)
        .get(0);
  }

  private JsonNode item(JsonNode list, String id) {
    for (JsonNode i : list) {
      if (id.equals(i.path("customer_id").asText())) {
        return i;
      }
    }
    return null;
  }

  @Test
  void aDecidedCustomerIsErasedFromEveryTableOnceItsPeriodHasPassed() {
    String id = "CUST_MSM_00081";
    generateAndClean(id);
    Reply analysed =
        post(UNDERWRITER, "/api/pipeline/analytics", "{\"customer_id\": \"" + id + "\"}");
    assertThat(analysed.status()).as(analysed.body()).isEqualTo(200);
    Reply made =
        post(
            UNDERWRITER,
            "/api/v1/customers/" + id + "/decisions",
            "{\"amount\": 500000, \"tenure_months\": 24}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String outcome = newest(id, "outcome", String.class);
    Instant decided = newest(id, "created_at", OffsetDateTime.class).toInstant();
    boolean approved = "APPROVE".equals(outcome);
    Instant due = decided.plus(Duration.ofDays(approved ? 90 : 30));
    long clean = rows("clean_record", id);
    assertThat(clean).isPositive();

    Reply report = get(AUDITOR, "/api/v1/retention?days=100");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    JsonNode soon = item(report.json().path("due_soon"), id);
    assertThat(soon).as(report.body()).isNotNull();
    assertThat(soon.path("rule").asText()).isEqualTo(approved ? "approved" : "rejected");
    assertThat(Instant.parse(soon.path("due").asText())).isEqualTo(due);
    assertThat(soon.path("rows").path("clean_record").asLong()).isEqualTo(clean);
    assertThat(soon.toString()).doesNotContain("amount").doesNotContain("body");

    // One second before: only the raw records (cleaned long ago) go; the customer stays.
    job.run(due.minusSeconds(1), Set.of(id));
    assertThat(rows("customer", id)).isEqualTo(1);
    assertThat(rows("decision", id)).isEqualTo(1);
    assertThat(rows("clean_record", id)).isEqualTo(clean);
    if (approved) {
      job.run(decided.plus(Duration.ofDays(31)), Set.of(id));
      assertThat(rows("customer", id)).as("approved is kept past 30 days").isEqualTo(1);
    }

    List<Receipt> done = job.run(due, Set.of(id));
    assertThat(done).hasSize(1);
    Receipt r = done.get(0);
    assertThat(r.rule()).isEqualTo(approved ? "approved" : "rejected");
    assertThat(r.rows()).containsEntry("clean_record", clean).containsEntry("customer", 1L);
    assertThat(r.rows()).containsEntry("decision", 1L);
    assertErased(id);
    List<String> details = receipts(id);
    assertThat(details.get(details.size() - 1))
        .startsWith("rule " + r.rule())
        .contains("clean_record " + clean, "decision 1", "customer 1");
    Long receiptRows =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM audit_log WHERE seq = ? AND actor = 'saakh-retention'",
            Long.class,
            r.auditSeq());
    assertThat(receiptRows).isEqualTo(1);
    assertThat(job.run(due.plus(Duration.ofDays(1)), Set.of(id))).isEmpty();
  }

  @Test
  void rawRecordsGoOnceCleanedAndTheCleanOnesStay() {
    String id = "CUST_MSM_00082";
    generateAndClean(id);
    long raw = rows("raw_record", id);
    long clean = rows("clean_record", id);
    assertThat(raw).isPositive();
    assertThat(clean).isPositive();
    Instant cleaned =
        jdbc.queryForObject(
                "SELECT cleaned_at FROM customer WHERE customer_id = ?", OffsetDateTime.class, id)
            .toInstant();

    JsonNode report = get(AUDITOR, "/api/v1/retention").json();
    JsonNode now = item(report.path("due_now"), id);
    assertThat(now).as(report.toString()).isNotNull();
    assertThat(now.path("rule").asText()).isEqualTo("raw-after-clean");
    assertThat(now.path("rows").path("raw_record").asLong()).isEqualTo(raw);

    assertThat(job.run(cleaned.minusSeconds(1), Set.of(id))).isEmpty();
    assertThat(rows("raw_record", id)).isEqualTo(raw);
    List<Receipt> done = job.run(cleaned, Set.of(id));
    assertThat(done).hasSize(1);
    assertThat(done.get(0).rule()).isEqualTo("raw-after-clean");
    assertThat(done.get(0).rows()).containsExactlyEntriesOf(java.util.Map.of("raw_record", raw));
    assertThat(rows("raw_record", id)).isZero();
    assertThat(rows("clean_record", id)).isEqualTo(clean);
    assertThat(rows("customer", id)).isEqualTo(1);
    assertThat(receipts(id)).singleElement().asString().contains("raw_record " + raw);
  }

  @Test
  void aRevokedConsentErasesTheCustomerAfterTwentyFourHoursNotTwentyThree() {
    String id = "CUST_MSM_00083";
    OffsetDateTime revoked = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    insertAaCustomer(id, revoked);
    assertThat(rows("aa_consent", id)).isEqualTo(1);

    JsonNode report = get(AUDITOR, "/api/v1/retention?days=2").json();
    JsonNode soon = item(report.path("due_soon"), id);
    assertThat(soon).as(report.toString()).isNotNull();
    assertThat(soon.path("rule").asText()).isEqualTo("consent-revoked");

    Instant at = revoked.toInstant();
    assertThat(job.run(at.plus(Duration.ofHours(23)), Set.of(id))).isEmpty();
    assertThat(rows("customer", id)).isEqualTo(1);
    assertThat(rows("aa_consent", id)).isEqualTo(1);

    List<Receipt> done = job.run(at.plus(Duration.ofHours(24)), Set.of(id));
    assertThat(done).singleElement().extracting(Receipt::rule).isEqualTo("consent-revoked");
    assertThat(done.get(0).rows())
        .containsEntry("raw_record", 2L)
        .containsEntry("fi_session", 1L)
        .containsEntry("aa_consent", 1L)
        .containsEntry("customer", 1L);
    assertErased(id);
    assertThat(receipts(id))
        .singleElement()
        .asString()
        .contains("consent-revoked", "aa_consent 1", "fi_session 1", "raw_record 2");
  }

  @Test
  void aCustomerWithAJobUnderWayIsSkippedAndStaysDue() {
    String id = "CUST_MSM_00084";
    OffsetDateTime revoked = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusDays(2);
    insertAaCustomer(id, revoked);
    jdbc.update(
        "INSERT INTO job (job_id, request_sha256, customer_id, kind, request, state, progress,"
            + " created_by, created_at, updated_at) VALUES (?, ?, ?, 'PIPELINE', '{}', 'RUNNING',"
            + " 0, 'it', ?, ?)",
        "00000000-0000-0000-0000-000000000074",
        "0".repeat(64),
        id,
        revoked,
        revoked);
    Instant now = Instant.now();
    assertThat(job.run(now, Set.of(id))).isEmpty();
    assertThat(rows("customer", id)).isEqualTo(1);
    JsonNode due = item(get(AUDITOR, "/api/v1/retention").json().path("due_now"), id);
    assertThat(due).isNotNull();
    assertThat(due.path("job_under_way").asBoolean()).isTrue();

    jdbc.update("UPDATE job SET state = 'SUCCEEDED' WHERE customer_id = ?", id);
    assertThat(job.run(now, Set.of(id))).hasSize(1);
    assertErased(id);
  }

  @Test
  void onlyAuditorsAndAdminsReadTheReportAndOnlyAdminsRunIt() {
    assertThat(get(UNDERWRITER, "/api/v1/retention").status()).isEqualTo(403);
    assertThat(get(ADMIN, "/api/v1/retention").status()).isEqualTo(200);
    post(AUDITOR, "/api/v1/retention/run", "{}").problem(403, "admin-only");
    get(AUDITOR, "/api/v1/retention?days=-1").problem(400, "bad-days");
  }

  /** An AA customer: a customer row, two raw records, a REVOKED consent and an FI session. */
  private void insertAaCustomer(String id, OffsetDateTime revoked) {
    OffsetDateTime before = revoked.minusDays(3);
    jdbc.update(
        "INSERT INTO customer (customer_id, segment, source, raw_sha256, ingested_at)"
            + " VALUES (?, 'MSME', 'AA', ?, ?)",
        id,
        "a".repeat(64),
        before);
    for (int n = 1; n <= 2; n++) {
      jdbc.update(
          "INSERT INTO raw_record (customer_id, dataset, line_no, body) VALUES (?, ?, ?, ?)",
          id,
          "transactions",
          n,
          "sealed-" + n);
    }
    jdbc.update(
        "INSERT INTO aa_consent (consent_handle, consent_id, customer_id, aa_id, aa_customer_id,"
            + " txnid, status, status_at, requested, created_by, created_at)"
            + " VALUES (?, ?, ?, 'SAAKH-SIM-AA', ?, ?, 'REVOKED', ?, '{}', 'it', ?)",
        "H-" + id,
        "C-" + id,
        id,
        "9876500074@sim",
        "T-" + id,
        revoked,
        before);
    jdbc.update(
        "INSERT INTO fi_session (session_id, consent_id, customer_id, txnid, data_from, data_to,"
            + " state, requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'STORED', ?, ?)",
        "S-" + id,
        "C-" + id,
        id,
        "T-" + id,
        before.minusYears(1),
        before,
        before,
        before);
  }
}
