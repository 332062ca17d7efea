package dev.saakh.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bearer API tokens for systems. A token is 32 random bytes shown once at creation; only its
 * SHA-256 is stored (a token has full entropy, so a fast hash is the right one; passwords get
 * BCrypt).
 */
@Component
public class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a looked-up token is trusted without asking the database again. */
  static final long CACHE_NANOS = 10_000_000_000L;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.atomic.AtomicLong revocations =
      new java.util.concurrent.atomic.AtomicLong();

  private record Cached(Holder holder, long at) {}

  public Tokens(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A token as listed: never its secret. */
  public record TokenInfo(
      String tokenId,
      String name,
      Role role,
      String createdBy,
      OffsetDateTime createdAt,
      OffsetDateTime revokedAt) {}

  /** A new token: its id and the secret, which is not stored and cannot be shown again. */
  public record Issued(String tokenId, String token, String name, Role role) {}

  /** Who a presented token belongs to, if it is known and not revoked. */
  public record Holder(String name, Role role) {}

  public Issued issue(String name, Role role, String createdBy) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return store(name, role, createdBy, token);
  }

  /** Stores a token whose secret the caller chose (the demo's published token). */
  public Issued store(String name, Role role, String createdBy, String token) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO api_token (token_id, token_sha256, name, role, created_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id,
        sha256(token),
        name,
        role.name(),
        createdBy,
        OffsetDateTime.now(clock));
    return new Issued(id, token, name, role);
  }

  /**
   * Who holds {@code token}. A known token is trusted for {@link #CACHE_NANOS} before the database
   * is asked again; a revocation through this server takes effect at once (another server sharing
   * the database sees it within that time). Unknown tokens are never cached.
   */
  public Optional<Holder> holder(String token) {
    String sha = sha256(token);
    long now = System.nanoTime();
    long generation = revocations.get();
    Cached c = cache.get(sha);
    if (c != null && now - c.at() < CACHE_NANOS) {
      return Optional.of(c.holder());
    }
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT name, role FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL", sha);
    if (rows.isEmpty()) {
      cache.remove(sha);
      return Optional.empty();
    }
    Map<String, Object> r = rows.get(0);
    Holder h = new Holder((String) r.get("name"), Role.valueOf((String) r.get("role")));
    if (cache.size() > 10_000) {
      cache.clear();
    }
    if (revocations.get() == generation) { // no revocation raced this lookup
      cache.put(sha, new Cached(h, now));
    }
    return Optional.of(h);
  }

  public List<TokenInfo> list() {
    return jdbc.query(
        "SELECT token_id, name, role, created_by, created_at, revoked_at FROM api_token"
            + " ORDER BY created_at, token_id",
        (rs, n) ->
            new TokenInfo(
                rs.getString(1),
                rs.getString(2),
                Role.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class),
                rs.getObject(6, OffsetDateTime.class)));
  }

  /** Revokes a token; false when there is no such live token. */
  public boolean revoke(String tokenId) {
    boolean revoked =
        jdbc.update(
                "UPDATE api_token SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL",
                OffsetDateTime.now(clock),
                tokenId)
            == 1;
    revocations.incrementAndGet(); // lookups that raced the update do not cache
    cache.clear();
    return revoked;
  }

  public boolean anyFor(String name) {
    Integer n =
        jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE name = ?", Integer.class, name);
    return n != null && n > 0;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
