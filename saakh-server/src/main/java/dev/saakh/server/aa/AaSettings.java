package dev.saakh.server.aa;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who the FIU is and which AA it talks to ({@code saakh.aa.*}). With no {@code saakh.aa.url} the
 * FIU talks to the built-in simulator on this server's own port; pointing it at a real AA is
 * setting the URL, the AA's id and public key, the API keys and this FIU's key (see the README).
 */
@Component
public class AaSettings {
  private final Environment env;
  private final String fiuId;
  private final String aaId;
  private final String aaUrl;
  private final String clientApiKey;
  private final String aaApiKey;
  private final String fiuUrl;

  public AaSettings(
      Environment env,
      @Value("${saakh.aa.fiu-id}") String fiuId,
      @Value("${saakh.aa.id}") String aaId,
      @Value("${saakh.aa.url:}") String aaUrl,
      @Value("${saakh.aa.client-api-key:}") String clientApiKey,
      @Value("${saakh.aa.aa-api-key:}") String aaApiKey,
      @Value("${saakh.aa.fiu-url:}") String fiuUrl) {
    this.env = env;
    this.fiuId = fiuId;
    this.aaId = aaId;
    this.aaUrl = strip(aaUrl);
    this.clientApiKey = clientApiKey;
    this.aaApiKey = aaApiKey;
    this.fiuUrl = strip(fiuUrl);
  }

  /** This FIU's entity id (DataConsumer.id, and the id the AA knows us by). */
  public String fiuId() {
    return fiuId;
  }

  /** The AA's entity id: the only notifier whose notifications are accepted. */
  public String aaId() {
    return aaId;
  }

  /** The AA's base URL (routes are appended: {@code /Consent}, {@code /FI/request} …). */
  public String aaUrl() {
    return aaUrl.isEmpty() ? local() + "/sim/aa" : aaUrl;
  }

  /**
   * The FIU's base URL the AA calls back ({@code /Consent/Notification}, {@code /FI/Notification}).
   */
  public String fiuUrl() {
    return fiuUrl.isEmpty() ? local() + "/aa/fiu" : fiuUrl;
  }

  /** The {@code client_api_key} header sent to the AA (empty: none). */
  public String clientApiKey() {
    return clientApiKey;
  }

  /** The {@code aa_api_key} the AA must send on notifications (empty: not checked). */
  public String aaApiKey() {
    return aaApiKey;
  }

  /**
   * Whether {@code given} is the API key {@code expected} (compared in constant time); an empty
   * {@code expected} means none is configured and any is accepted.
   */
  public static boolean keyMatches(String expected, String given) {
    if (expected.isEmpty()) {
      return true;
    }
    return given != null
        && java.security.MessageDigest.isEqual(
            expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private String local() {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    return "http://127.0.0.1:" + port;
  }

  private static String strip(String url) {
    String u = url == null ? "" : url.trim();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
