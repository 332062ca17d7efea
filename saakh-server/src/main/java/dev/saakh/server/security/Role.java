package dev.saakh.server.security;

import java.util.Locale;

/**
 * Who may do what. Roles do not include each other: an ADMIN manages users, tokens and policies but
 * reads no customer data; an AUDITOR reads the audit log and retention reports only.
 */
public enum Role {
  /** Reads a customer's data under consent and decides. */
  UNDERWRITER,
  /** Reads the audit log and retention reports; no customer data. */
  AUDITOR,
  /** Manages users, API tokens and policies. */
  ADMIN;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role called {@code text} (any case), or an error listing the roles. */
  public static Role parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown role '" + text + "'; roles are UNDERWRITER, AUDITOR, ADMIN", e);
    }
  }
}
