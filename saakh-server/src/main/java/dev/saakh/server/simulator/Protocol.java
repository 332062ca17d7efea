package dev.saakh.server.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every ReBIT route of the simulated AA does around its work: the {@code client_api_key} when
 * one is configured (401 {@code Unauthorized}), the body's detached signature by the FIU's key (400
 * {@code SignatureDoesNotMatch}), {@code ver}, {@code timestamp} and {@code txnid} ({@link
 * Rebit#check}); then the answer or the refusal, signed, with the request's txnid.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Protocol {
  private static final Logger LOG = LoggerFactory.getLogger(Protocol.class);

  private final AaSettings settings;
  private final AaKeys keys;
  private final Signer signer;
  private final Clock clock;

  Protocol(AaSettings settings, AaKeys keys, Signer signer, Clock clock) {
    this.settings = settings;
    this.keys = keys;
    this.signer = signer;
    this.clock = clock;
  }

  /** Checks the request, runs {@code work} on its body, and signs what it returns or throws. */
  ResponseEntity<byte[]> handle(
      String signature, String apiKey, byte[] body, Function<byte[], Object> work) {
    String txnid = txnidOf(body);
    try {
      if (!apiKeyOk(apiKey)) {
        throw unauthorized(txnid);
      }
      if (body == null || body.length == 0) {
        throw Rebit.invalid("the body is empty", null);
      }
      String bad = DetachedJws.check(signature, body, keys.fiuPublic());
      if (bad != null) {
        throw new RebitException(400, "SignatureDoesNotMatch", bad, txnid);
      }
      return signer.reply(200, work.apply(body));
    } catch (RebitException e) {
      return refuse(e.withTxnid(txnid));
    } catch (RuntimeException e) {
      LOG.error("the simulated AA failed on a request (txnid {})", txnid, e);
      return refuse(new RebitException(500, "InternalError", "the simulated AA failed", txnid));
    }
  }

  /** GET /Heartbeat. */
  ResponseEntity<byte[]> heartbeat(String apiKey) {
    if (!apiKeyOk(apiKey)) {
      return refuse(unauthorized(null));
    }
    return signer.reply(
        200, new Messages.HeartbeatResponse(Rebit.VERSION, Rebit.now(signer.clock()), "UP"));
  }

  /** A signed ErrorResponse with the refusal's status. */
  ResponseEntity<byte[]> refuse(RebitException e) {
    return signer.reply(
        e.status(),
        new Messages.ErrorResponse(
            Rebit.VERSION,
            Rebit.now(signer.clock()),
            e.txnid() == null ? null : signer.echo(e.txnid()),
            e.errorCode(),
            e.getMessage()));
  }

  /** The message in {@code body}, its envelope checked. */
  <T> T read(byte[] body, Class<T> type, String what) {
    T value = RebitJson.read(body, type, what);
    JsonNode n = tree(body);
    Rebit.check(text(n, "ver"), text(n, "timestamp"), text(n, "txnid"), clock);
    return value;
  }

  private boolean apiKeyOk(String given) {
    return AaSettings.keyMatches(settings.clientApiKey(), given);
  }

  private static RebitException unauthorized(String txnid) {
    return new RebitException(
        401, "Unauthorized", "the client_api_key header is missing or wrong", txnid);
  }

  private static String txnidOf(byte[] body) {
    String t = text(tree(body), "txnid");
    return t == null || t.isBlank() ? null : Rebit.clip(t);
  }

  private static JsonNode tree(byte[] body) {
    try {
      return body == null || body.length == 0 ? null : RebitJson.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode n, String field) {
    return n != null && n.path(field).isTextual() ? n.path(field).asText() : null;
  }
}
