package dev.saakh.server.aa;

import dev.saakh.server.aa.crypto.DetachedJws;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The FIU's calls to the AA over HTTP: the body signed ({@code x-jws-signature}, detached, RS256,
 * unencoded payload) with this FIU's key, the AA's answer refused unless its signature verifies
 * with the AA's public key, its {@code ver} and {@code timestamp} are good and its {@code txnid} is
 * the request's (Sahamati's FIU scenarios 1019–1023, 2017–2021, 2022–2026: such a response is
 * discarded). A refusal is a {@link RebitException} saying who refused what; callers check the
 * content (consent id, customer) themselves.
 */
@Component
public class AaClient {
  /** Signature header of every request and response. */
  public static final String SIGNATURE = "x-jws-signature";

  private final AaSettings settings;
  private final AaKeys keys;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public AaClient(AaSettings settings, AaKeys keys, Clock clock) {
    this.settings = settings;
    this.keys = keys;
    this.clock = clock;
  }

  /** The envelope fields every ReBIT response has. */
  public interface Envelope {
    String ver();

    String timestamp();

    String txnid();
  }

  /**
   * POSTs {@code message} (whose txnid is {@code txnid}) to the AA's {@code path} and returns the
   * checked answer.
   */
  public <T> T post(String path, Object message, String txnid, Class<T> type) {
    byte[] body = RebitJson.bytes(message);
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(settings.aaUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(SIGNATURE, DetachedJws.sign(body, keys.fiuPrivate(), settings.fiuId()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (!settings.clientApiKey().isEmpty()) {
      req.header("client_api_key", settings.clientApiKey());
    }
    return answer(path, send(req.build(), path), txnid, type);
  }

  /** GET /Heartbeat: the AA's status; its signature is checked like any answer. */
  public Messages.HeartbeatResponse heartbeat() {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(settings.aaUrl() + "/Heartbeat"))
            .timeout(Duration.ofSeconds(10))
            .GET();
    if (!settings.clientApiKey().isEmpty()) {
      req.header("client_api_key", settings.clientApiKey());
    }
    HttpResponse<byte[]> r = send(req.build(), "/Heartbeat");
    byte[] body = r.body();
    String bad =
        DetachedJws.check(r.headers().firstValue(SIGNATURE).orElse(null), body, keys.aaPublic());
    if (r.statusCode() != 200 || bad != null) {
      throw discarded("/Heartbeat", r.statusCode() != 200 ? "HTTP " + r.statusCode() : bad);
    }
    return RebitJson.read(body, Messages.HeartbeatResponse.class, "the AA's /Heartbeat answer");
  }

  private HttpResponse<byte[]> send(HttpRequest req, String path) {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new RebitException(
          503,
          "ServiceUnavailable",
          "the AA at " + settings.aaUrl() + " did not answer " + path + ": " + e.getMessage(),
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RebitException(503, "ServiceUnavailable", "interrupted calling the AA", null);
    }
  }

  private <T> T answer(String path, HttpResponse<byte[]> r, String txnid, Class<T> type) {
    byte[] body = r.body();
    String bad =
        DetachedJws.check(r.headers().firstValue(SIGNATURE).orElse(null), body, keys.aaPublic());
    if (bad != null) {
      throw discarded(path, "its signature is not the AA's (" + bad + ")");
    }
    if (r.statusCode() != 200) {
      Messages.ErrorResponse e;
      try {
        e = RebitJson.read(body, Messages.ErrorResponse.class, "the AA's error");
      } catch (RebitException unreadable) {
        throw new RebitException(
            r.statusCode(),
            "AaError",
            "the AA answered " + path + " with HTTP " + r.statusCode(),
            txnid);
      }
      throw new RebitException(
          r.statusCode(),
          e.errorCode() == null ? "AaError" : e.errorCode(),
          "the AA refused " + path + " (HTTP " + r.statusCode() + "): " + e.errorMsg(),
          txnid);
    }
    T value;
    try {
      value = RebitJson.read(body, type, "the AA's answer to " + path);
    } catch (RebitException e) {
      throw discarded(path, e.getMessage());
    }
    if (value instanceof Envelope env) {
      try {
        Rebit.check(env.ver(), env.timestamp(), env.txnid(), clock);
      } catch (RebitException e) {
        throw discarded(path, e.getMessage());
      }
      if (!txnid.equals(env.txnid())) {
        throw discarded(path, "its txnid " + env.txnid() + " is not the request's " + txnid);
      }
    }
    return value;
  }

  private static RebitException discarded(String path, String why) {
    return RebitException.discarded("the AA's answer to " + path + " was discarded: " + why, null);
  }
}
