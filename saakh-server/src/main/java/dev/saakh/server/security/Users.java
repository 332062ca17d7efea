package dev.saakh.server.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** People who sign in with a password (stored as a BCrypt hash), each with one role. */
@Component
public class Users implements UserDetailsService {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
  private final JdbcTemplate jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;

  public Users(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** A user as listed: never the password hash. */
  public record UserInfo(String username, Role role, boolean enabled, OffsetDateTime createdAt) {}

  @Override
  public UserDetails loadUserByUsername(String username) {
    List<UserDetails> found =
        jdbc.query(
            "SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?",
            (rs, n) ->
                User.withUsername(rs.getString(1))
                    .password(rs.getString(2))
                    .roles(rs.getString(3))
                    .disabled(!rs.getBoolean(4))
                    .build(),
            username);
    if (found.isEmpty()) {
      throw new UsernameNotFoundException("no such user");
    }
    return found.get(0);
  }

  /** Adds a user; refused when the name is taken or the password is too short. */
  public UserInfo create(String username, String password, Role role) {
    if (username == null || !NAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username must be 3 to 64 letters, digits or . _ @ -, was '" + username + "'");
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException("password must have at least 12 characters");
    }
    if (exists(username)) {
      throw new IllegalStateException("user " + username + " already exists");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, enabled, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        username,
        encoder.encode(password),
        role.name(),
        true,
        now);
    return new UserInfo(username, role, true, now);
  }

  public boolean exists(String username) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
    return n != null && n > 0;
  }

  public List<UserInfo> list() {
    return jdbc.query(
        "SELECT username, role, enabled, created_at FROM app_user ORDER BY username",
        (rs, n) ->
            new UserInfo(
                rs.getString(1),
                Role.valueOf(rs.getString(2)),
                rs.getBoolean(3),
                rs.getObject(4, OffsetDateTime.class)));
  }
}
