package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.audit.AppendOnlyTrigger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit table is append-only for the app's database user, and a row changed behind the app's
 * back (by the table's owner) is named by {@code GET /api/v1/audit/verify}. On H2 the guards are
 * V2's triggers and V2.1's foreign key (against TRUNCATE); on PostgreSQL the app user's grants
 * (SELECT and INSERT only) and V2's triggers, which stop the owner too.
 */
class AuditAppendOnlyIT extends ServerIT {
  static final String MSME = "/api/v1/customers/CUST_MSM_00001";

  @Autowired DataSource appDataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment env;

  @BeforeEach
  void theLogHasRows() {
    Reply r = get(UNDERWRITER, MSME + "/score");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(rows()).isPositive();
  }

  @Test
  void theAppsUserCannotUpdateAnAuditRow() {
    assertRefusedForApp("UPDATE audit_log SET detail = 'x'");
  }

  @Test
  void theAppsUserCannotDeleteAnAuditRow() {
    assertRefusedForApp("DELETE FROM audit_log");
    assertRefusedForApp("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
  }

  @Test
  void theAppsUserCannotTruncateTheAuditLog() {
    assertRefusedForApp("TRUNCATE TABLE audit_log");
  }

  @Test
  void h2TruncateSkipsTriggersWhichIsWhyTheForeignKeyGuardExists() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:truncate-probe", "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (seq BIGINT PRIMARY KEY)");
      s.execute("INSERT INTO t VALUES (1), (2)");
      String trigger = " ON t FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'";
      s.execute("CREATE TRIGGER t_no_delete BEFORE DELETE" + trigger);
      assertThatThrownBy(() -> s.execute("DELETE FROM t")).hasMessageContaining("append-only");
      s.execute("TRUNCATE TABLE t");
      assertThat(count(s, "SELECT COUNT(*) FROM t")).as("H2 truncated past the trigger").isZero();
      s.execute("INSERT INTO t VALUES (1)");
      s.execute("CREATE TABLE t_guard (seq BIGINT NOT NULL REFERENCES t(seq))");
      assertThatThrownBy(() -> s.execute("TRUNCATE TABLE t")).hasMessageContaining("truncate");
      assertThat(count(s, "SELECT COUNT(*) FROM t")).isEqualTo(1);
    }
  }

  @Test
  void theAppRunsAsItsOwnUserAndNotAsTheOwnerOfTheTables() {
    String appUser = env.getRequiredProperty("saakh.db.user");
    assertThat(jdbc.queryForObject("SELECT CURRENT_USER", String.class))
        .isEqualToIgnoringCase(appUser);
    assumeTrue(onPostgres(), "H2: one embedded user owns the database");
    assertThat(env.getRequiredProperty("saakh.db.migrate-user")).isNotEqualTo(appUser);
    assertThat(
            jdbc.queryForObject(
                "SELECT rolsuper FROM pg_roles WHERE rolname = CURRENT_USER", Boolean.class))
        .isFalse();
    assertThat(
            jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE tableowner = CURRENT_USER", String.class))
        .as("tables the app user owns (an owner may drop the triggers)")
        .isEmpty();
  }

  @Test
  void onPostgresTheAppUserMayReadAndAppendTheAuditLogAndUseEveryOtherTable() {
    assumeTrue(onPostgres(), "grants are PostgreSQL's guard");
    List<String> tables =
        jdbc.queryForList(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename <> 'flyway_schema_history' ORDER BY tablename",
            String.class);
    assertThat(tables).contains("audit_log", "customer", "decision");
    List<String> wrong = new ArrayList<>();
    for (String t : tables) {
      boolean audit = t.equals("audit_log");
      // A review is changed once and never deleted by the app; erasing its decision removes it
      // through the foreign key's cascade, which PostgreSQL runs as the table's owner.
      boolean review = t.equals("decision_review");
      for (String p : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
        boolean expect =
            audit
                ? p.equals("SELECT") || p.equals("INSERT")
                : !p.equals("TRUNCATE") && !(review && p.equals("DELETE"));
        boolean has =
            Boolean.TRUE.equals(
                jdbc.queryForObject(
                    "SELECT has_table_privilege(CURRENT_USER, ?, ?)", Boolean.class, t, p));
        if (has != expect) {
          wrong.add(t + " " + p + (has ? " granted" : " missing"));
        }
      }
    }
    assertThat(wrong).as("the app user's table privileges").isEmpty();
  }

  @Test
  void onPostgresTheTriggersStopEvenTheOwner() throws SQLException {
    assumeTrue(onPostgres(), "on H2 the owner is the app user, tested above");
    for (String sql :
        List.of(
            "UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log")) {
      try (Connection c = ownerConnection()) {
        assertRefused(c, sql, "append-only");
      }
    }
  }

  @Test
  void aRowTheOwnerAltersIsNamedByVerifyAndTheChainHoldsOnceItIsRestored() throws SQLException {
    assertThat(verify().path("intact").asBoolean()).as("intact before").isTrue();
    long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class);
    String original =
        jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, seq);
    try {
      tamper(seq, "tampered by the test");
      JsonNode v = verify();
      assertThat(v.path("intact").asBoolean()).as(v.toString()).isFalse();
      assertThat(v.path("first_bad_seq").asLong()).as(v.toString()).isEqualTo(seq);
      assertThat(v.path("problem").asText()).contains("altered");
    } finally {
      tamper(seq, original);
    }
    JsonNode after = verify();
    assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
    assertRefusedForApp("UPDATE audit_log SET detail = 'x'");
  }

  private JsonNode verify() {
    Reply v = get(AUDITOR, "/api/v1/audit/verify");
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    return v.json();
  }

  /** Sets one row's detail as the owner, switching the database's append-only guard off for it. */
  private void tamper(long seq, String detail) throws SQLException {
    try (Connection c = ownerConnection();
        Statement s = c.createStatement()) {
      if (onPostgres()) {
        c.setAutoCommit(false);
        s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_no_change");
        setDetail(c, seq, detail);
        s.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_no_change");
        c.commit();
      } else {
        s.execute("DROP TRIGGER audit_no_update");
        try {
          setDetail(c, seq, detail);
        } finally {
          s.execute(
              "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL '"
                  + AppendOnlyTrigger.class.getName()
                  + "'");
        }
      }
    }
  }

  private static void setDetail(Connection c, long seq, String detail) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE audit_log SET detail = ? WHERE seq = ?")) {
      p.setString(1, detail);
      p.setLong(2, seq);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
  }

  /** The user that runs the migrations and owns the tables (on H2, the app's own user). */
  private Connection ownerConnection() throws SQLException {
    return DriverManager.getConnection(
        env.getRequiredProperty("spring.flyway.url"),
        env.getRequiredProperty("spring.flyway.user"),
        env.getProperty("spring.flyway.password", ""));
  }

  /** Runs {@code sql} on the app's own DataSource: it must fail and leave every row in place. */
  private void assertRefusedForApp(String sql) {
    long before = rows();
    try (Connection c = appDataSource.getConnection()) {
      String why =
          !onPostgres() ? sql.startsWith("TRUNCATE") ? "truncate" : "append-only" : "permission";
      assertRefused(c, sql, why);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(rows()).isEqualTo(before);
  }

  /** {@code sql} fails with a message containing {@code why}; inside a transaction rolled back. */
  private static void assertRefused(Connection c, String sql, String why) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute(sql))
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(why);
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  private long rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
