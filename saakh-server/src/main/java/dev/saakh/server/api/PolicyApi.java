package dev.saakh.server.api;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.PolicyStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The decision policy in force and its versions; ADMINs put a new version in force. */
@RestController
@Tag(name = "policy", description = "The decision policy in force and its versions")
public class PolicyApi {
  private final PolicyStore policies;
  private final AuditLog audit;

  public PolicyApi(PolicyStore policies, AuditLog audit) {
    this.policies = policies;
    this.audit = audit;
  }

  @GetMapping(path = "/api/v1/policy", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The policy in force: id, version, SHA-256 and its YAML")
  public Map<String, Object> active() {
    PolicyStore.Active a = policies.active();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("policy_id", a.policy().policyId());
    out.put("version", a.policy().version());
    out.put("sha256", a.policy().sha256());
    out.put("yaml", a.yaml());
    return out;
  }

  @GetMapping(path = "/api/v1/policy/versions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Every policy version put in force, newest first")
  public List<PolicyStore.Version> versions() {
    return policies.versions();
  }

  @PostMapping(
      path = "/api/v1/admin/policy",
      consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Validate a policy YAML and put it in force (ADMIN)")
  public Map<String, Object> activate(@RequestBody String yaml) {
    Caller who = Caller.current();
    try {
      policies.activate(yaml.getBytes(StandardCharsets.UTF_8), who.name());
    } catch (IllegalArgumentException | dev.saakh.core.policy.PolicyException e) {
      audit.record(AuditEntry.of(who, null, "policy.activate").failed(e.getMessage()));
      throw ApiException.badRequest("invalid-policy", e.getMessage(), "policy");
    }
    audit.record(
        AuditEntry.of(who, null, "policy.activate").detail(policies.active().policy().sha256()));
    return active();
  }
}
