package dev.saakh.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated person or system making the current request, as the audit names it. */
public record Caller(String name, Role role) {
  /** The caller of the current request; a system caller when none is authenticated. */
  public static Caller current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null || !a.isAuthenticated()) {
      return new Caller("anonymous", null);
    }
    Role role = null;
    for (GrantedAuthority g : a.getAuthorities()) {
      String auth = g.getAuthority();
      if (auth != null && auth.startsWith("ROLE_")) {
        try {
          role = Role.valueOf(auth.substring(5));
        } catch (IllegalArgumentException e) {
          // not one of ours (e.g. ROLE_ANONYMOUS)
        }
      }
    }
    return new Caller(a.getName(), role);
  }

  /** The role's name, or {@code NONE}. */
  public String roleName() {
    return role == null ? "NONE" : role.name();
  }
}
