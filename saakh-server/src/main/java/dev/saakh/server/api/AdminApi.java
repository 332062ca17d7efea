package dev.saakh.server.api;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import dev.saakh.server.security.Tokens;
import dev.saakh.server.security.Users;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API tokens (ADMIN only). */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "admin", description = "Users and API tokens (ADMIN)")
public class AdminApi {
  private final Users users;
  private final Tokens tokens;
  private final AuditLog audit;

  public AdminApi(Users users, Tokens tokens, AuditLog audit) {
    this.users = users;
    this.tokens = tokens;
    this.audit = audit;
  }

  /** A new user: name, password (at least 12 characters) and role. */
  public record NewUser(String username, String password, String role) {}

  /** A new API token: a name for the system that will use it, and its role. */
  public record NewToken(String name, String role) {}

  @GetMapping("/users")
  @Operation(summary = "Every user (never a password hash)")
  public List<Users.UserInfo> users() {
    return users.list();
  }

  @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a user")
  public Users.UserInfo addUser(@RequestBody NewUser body) {
    Role role = role(body.role());
    try {
      Users.UserInfo u = users.create(body.username(), body.password(), role);
      audit.record(
          AuditEntry.of(Caller.current(), null, "user.create").detail(u.username() + " " + role));
      return u;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid-user",
          e.getMessage(),
          e.getMessage().startsWith("password") ? "password" : "username");
    } catch (IllegalStateException e) {
      throw ApiException.conflict("user-exists", e.getMessage());
    }
  }

  @GetMapping("/tokens")
  @Operation(summary = "Every API token (never its secret)")
  public List<Tokens.TokenInfo> tokens() {
    return tokens.list();
  }

  @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue an API token; its secret is shown once, only its SHA-256 is kept")
  public Tokens.Issued issue(@RequestBody NewToken body) {
    if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
      throw ApiException.badRequest("invalid-token", "name must be 1 to 100 characters", "name");
    }
    Tokens.Issued t = tokens.issue(body.name().trim(), role(body.role()), Caller.current().name());
    audit.record(
        AuditEntry.of(Caller.current(), null, "token.issue").detail(t.tokenId() + " " + t.role()));
    return t;
  }

  @DeleteMapping("/tokens/{tokenId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an API token")
  public void revoke(@PathVariable String tokenId) {
    if (!tokens.revoke(tokenId)) {
      throw ApiException.notFound("no-such-token", "no live token " + tokenId);
    }
    audit.record(AuditEntry.of(Caller.current(), null, "token.revoke").detail(tokenId));
  }

  private static Role role(String text) {
    try {
      return Role.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid-role", e.getMessage(), "role");
    }
  }
}
