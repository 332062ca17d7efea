package dev.saakh.server.audit;

import dev.saakh.server.security.Caller;

/**
 * One access to be audited: who (and in which role), which customer, for which purpose and under
 * which consent, what was done, and how it ended.
 *
 * @param outcome {@code OK}, {@code DENIED} (refused by the consent gate or a role) or {@code
 *     FAILED}
 */
public record AuditEntry(
    String actor,
    String role,
    String customerId,
    Integer purpose,
    String consentId,
    String action,
    String outcome,
    String detail) {
  public AuditEntry {
    if (detail != null && detail.length() > 1000) {
      detail = detail.substring(0, 997) + "...";
    }
    if (action.length() > 120) {
      action = action.substring(0, 117) + "...";
    }
  }

  /** An access by {@code who} to {@code customerId} (null when none), outcome OK. */
  public static AuditEntry of(Caller who, String customerId, String action) {
    return new AuditEntry(who.name(), who.roleName(), customerId, null, null, action, "OK", null);
  }

  public AuditEntry consent(String id, int purposeCode) {
    return new AuditEntry(actor, role, customerId, purposeCode, id, action, outcome, detail);
  }

  public AuditEntry denied(String why) {
    return new AuditEntry(actor, role, customerId, purpose, consentId, action, "DENIED", why);
  }

  public AuditEntry failed(String why) {
    return new AuditEntry(actor, role, customerId, purpose, consentId, action, "FAILED", why);
  }

  public AuditEntry detail(String text) {
    return new AuditEntry(actor, role, customerId, purpose, consentId, action, outcome, text);
  }
}
