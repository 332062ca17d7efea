package dev.saakh.server.store;

import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.PolicyFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decision policies, every version ever put in force. The newest activation is the policy in
 * force; the built-in default is activated on first start.
 */
@Component
public class PolicyStore {
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private volatile Active active;

  /** The policy in force and its YAML text. */
  public record Active(Policy policy, String yaml) {}

  /** One version as listed. */
  public record Version(
      String policyId, String version, String sha256, OffsetDateTime activatedAt, String by) {}

  public PolicyStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The policy in force (the default one, activated now, when none ever was). */
  public synchronized Active active() {
    if (active == null) {
      List<Map<String, Object>> rows =
          jdbc.queryForList(
              "SELECT body FROM policy_version ORDER BY activated_at DESC FETCH FIRST 1 ROWS ONLY");
      if (rows.isEmpty()) {
        activate(PolicyFile.defaultBytes(), "saakh");
      } else {
        String yaml = (String) rows.get(0).get("body");
        active =
            new Active(
                PolicyFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "stored policy"), yaml);
      }
    }
    return active;
  }

  /**
   * Validates {@code yaml} and puts it in force; a version seen before is put back in force.
   *
   * @throws dev.saakh.core.policy.PolicyException naming what in the policy is invalid
   */
  public synchronized Active activate(byte[] yaml, String by) {
    Policy p = PolicyFile.parse(yaml, "policy");
    String text = new String(yaml, StandardCharsets.UTF_8);
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated =
        jdbc.update(
            "UPDATE policy_version SET activated_at = ?, activated_by = ? WHERE policy_sha256 = ?",
            now,
            by,
            p.sha256());
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO policy_version (policy_sha256, policy_id, version, body, activated_at,"
              + " activated_by) VALUES (?, ?, ?, ?, ?, ?)",
          p.sha256(),
          p.policyId(),
          p.version(),
          text,
          now,
          by);
    }
    active = new Active(p, text);
    return active;
  }

  public List<Version> versions() {
    return jdbc.query(
        "SELECT policy_id, version, policy_sha256, activated_at, activated_by FROM policy_version"
            + " ORDER BY activated_at DESC",
        (rs, n) ->
            new Version(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5)));
  }

  /**
   * Validates {@code yaml} exactly as {@link #activate} does, without putting it in force.
   *
   * @throws dev.saakh.core.policy.PolicyException naming what in the policy is invalid
   */
  public Policy validate(byte[] yaml) {
    return PolicyFile.parse(yaml, "policy");
  }

  /** The YAML text of the version with this SHA-256, if it was ever put in force. */
  public java.util.Optional<String> yaml(String sha256) {
    return jdbc
        .queryForList(
            "SELECT body FROM policy_version WHERE policy_sha256 = ?", String.class, sha256)
        .stream()
        .findFirst();
  }
}
