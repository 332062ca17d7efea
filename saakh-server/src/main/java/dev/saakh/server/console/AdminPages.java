package dev.saakh.server.console;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import dev.saakh.server.security.Tokens;
import dev.saakh.server.security.Users;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's users and API tokens: the same services and the same audit rows as the admin
 * API ({@code user.create}, {@code token.issue}, {@code token.revoke}). A refused form is shown
 * again with the service's message beside it; a token's secret is shown once, on the answer to the
 * form that issued it, and kept nowhere (not in the session either).
 */
@Controller
class AdminPages {
  private final Users users;
  private final Tokens tokens;
  private final AuditLog audit;

  AdminPages(Users users, Tokens tokens, AuditLog audit) {
    this.users = users;
    this.tokens = tokens;
    this.audit = audit;
  }

  @GetMapping("/console/admin/users")
  String users(Model model) {
    return usersPage(model, "", "UNDERWRITER");
  }

  @PostMapping("/console/admin/users")
  String addUser(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String role,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    String name = username == null ? "" : username.trim();
    try {
      Role r = Role.parse(role);
      Users.UserInfo u = users.create(name, password, r);
      audit.record(
          AuditEntry.of(Caller.current(), null, "user.create").detail(u.username() + " " + r));
      redirect.addFlashAttribute("done", "User " + u.username() + " added as " + r + ".");
      return "redirect:/console/admin/users";
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", e.getMessage());
      model.addAttribute(
          "errorField",
          e.getMessage().startsWith("password")
              ? "password"
              : e.getMessage().startsWith("unknown role") ? "role" : "username");
    } catch (IllegalStateException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errorField", "username");
    }
    return usersPage(model, name, role == null ? "" : role);
  }

  private String usersPage(Model model, String username, String role) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("username", username);
    model.addAttribute("role", role);
    return "console/admin/users";
  }

  @GetMapping("/console/admin/tokens")
  String tokens(Model model) {
    return tokensPage(model, "");
  }

  @PostMapping("/console/admin/tokens")
  String issue(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String role,
      Model model,
      HttpServletResponse response) {
    String n = name == null ? "" : name.trim();
    if (n.isEmpty() || n.length() > 100) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", "name must be 1 to 100 characters");
      return tokensPage(model, n);
    }
    Role r;
    try {
      r = Role.parse(role);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", e.getMessage());
      return tokensPage(model, n);
    }
    Tokens.Issued t = tokens.issue(n, r, Caller.current().name());
    audit.record(
        AuditEntry.of(Caller.current(), null, "token.issue").detail(t.tokenId() + " " + t.role()));
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("issued", t);
    return tokensPage(model, "");
  }

  @PostMapping("/console/admin/tokens/{tokenId}/revoke")
  String revoke(@PathVariable String tokenId, RedirectAttributes redirect) {
    if (tokens.revoke(tokenId)) {
      audit.record(AuditEntry.of(Caller.current(), null, "token.revoke").detail(tokenId));
      redirect.addFlashAttribute("done", "Token " + tokenId + " revoked.");
    } else {
      redirect.addFlashAttribute("error", "no live token " + tokenId);
    }
    return "redirect:/console/admin/tokens";
  }

  private String tokensPage(Model model, String name) {
    model.addAttribute("tokens", tokens.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("name", name);
    return "console/admin/tokens";
  }
}
