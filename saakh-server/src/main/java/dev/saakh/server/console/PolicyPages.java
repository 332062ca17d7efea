package dev.saakh.server.console;

import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.PolicyException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.PolicyStore;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's policies: the one in force, every version put in force, a diff of any two,
 * checking a policy YAML without putting it in force, and putting one in force (audited as the
 * policy API audits it: {@code policy.activate}, FAILED with the parser's message when refused).
 */
@Controller
class PolicyPages {
  private final PolicyStore policies;
  private final AuditLog audit;

  PolicyPages(PolicyStore policies, AuditLog audit) {
    this.policies = policies;
    this.audit = audit;
  }

  /** A policy checked: the policy when it is valid, else the parser's message. */
  record Check(Policy policy, String error) {}

  /** A diff of two versions. */
  record Diff(PolicyStore.Version from, PolicyStore.Version to, List<PolicyDiff.Hunk> hunks) {}

  @GetMapping("/console/admin/policies")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      HttpServletResponse response) {
    List<PolicyStore.Version> versions = fill(model, from, to);
    if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
      try {
        model.addAttribute("diff", diff(versions, from.trim(), to.trim()));
      } catch (IllegalArgumentException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("diffError", e.getMessage());
      }
    }
    return "console/admin/policies";
  }

  @PostMapping("/console/admin/policies/validate")
  String validate(
      @RequestParam(required = false) String yaml, Model model, HttpServletResponse response) {
    String text = yaml == null ? "" : yaml;
    Check c = check(text);
    if (c.error() != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("check", c);
    model.addAttribute("yaml", text);
    fill(model, null, null);
    return "console/admin/policies";
  }

  @PostMapping("/console/admin/policies/activate")
  String activate(
      @RequestParam(required = false) String yaml,
      @RequestParam(required = false) String sha256,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Caller who = Caller.current();
    String text = yaml;
    if (sha256 != null && !sha256.isBlank()) {
      Optional<String> stored = policies.yaml(sha256.trim());
      if (stored.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("activateError", "no policy version has SHA-256 " + sha256.trim());
        fill(model, null, null);
        return "console/admin/policies";
      }
      text = stored.get();
    }
    String body = text == null ? "" : text;
    try {
      policies.activate(body.getBytes(StandardCharsets.UTF_8), who.name());
    } catch (PolicyException | IllegalArgumentException e) {
      audit.record(AuditEntry.of(who, null, "policy.activate").failed(e.getMessage()));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("activateError", e.getMessage());
      model.addAttribute("yaml", body);
      fill(model, null, null);
      return "console/admin/policies";
    }
    Policy p = policies.active().policy();
    audit.record(AuditEntry.of(who, null, "policy.activate").detail(p.sha256()));
    redirect.addFlashAttribute(
        "activated", p.policyId() + " version " + p.version() + " (" + p.sha256() + ")");
    return "redirect:/console/admin/policies";
  }

  /**
   * The active policy and the versions, with the two picked for a diff (default: the newest two).
   */
  private List<PolicyStore.Version> fill(Model model, String from, String to) {
    PolicyStore.Active a = policies.active();
    List<PolicyStore.Version> versions = policies.versions();
    model.addAttribute("active", a.policy());
    model.addAttribute("activeYaml", a.yaml());
    model.addAttribute("versions", versions);
    String defaultTo = versions.isEmpty() ? "" : versions.get(0).sha256();
    String defaultFrom = versions.size() < 2 ? defaultTo : versions.get(1).sha256();
    model.addAttribute("from", from == null || from.isBlank() ? defaultFrom : from.trim());
    model.addAttribute("to", to == null || to.isBlank() ? defaultTo : to.trim());
    return versions;
  }

  private Diff diff(List<PolicyStore.Version> versions, String from, String to) {
    PolicyStore.Version a = version(versions, from);
    PolicyStore.Version b = version(versions, to);
    String at = policies.yaml(a.sha256()).orElseThrow(() -> missing(from));
    String bt = policies.yaml(b.sha256()).orElseThrow(() -> missing(to));
    return new Diff(a, b, PolicyDiff.hunks(at, bt, PolicyDiff.CONTEXT));
  }

  private static PolicyStore.Version version(List<PolicyStore.Version> versions, String sha) {
    return versions.stream()
        .filter(v -> v.sha256().equals(sha))
        .findFirst()
        .orElseThrow(() -> missing(sha));
  }

  private static IllegalArgumentException missing(String sha) {
    return new IllegalArgumentException("no policy version has SHA-256 " + sha);
  }

  /** Parses {@code yaml} as putting it in force would, without doing so. */
  Check check(String yaml) {
    if (yaml.isBlank()) {
      return new Check(null, "paste a policy's YAML to check it");
    }
    try {
      return new Check(policies.validate(yaml.getBytes(StandardCharsets.UTF_8)), null);
    } catch (PolicyException | IllegalArgumentException e) {
      return new Check(null, e.getMessage());
    }
  }
}
