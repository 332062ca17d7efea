package dev.saakh.server.simulator;

import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.aa.crypto.RsaKeys;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How the simulated AA speaks: its key pair (the private half beside {@code
 * saakh.aa.aa-public-key}, which {@link AaKeys} creates in the demo), its clock and its txnids,
 * each bent by the switches {@code bad_signature} (another RSA key), {@code clock_skew_minutes} and
 * {@code wrong_txnid}.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Signer {
  private final KeyPair aa;
  private final AaSettings settings;
  private final Switches switches;
  private final Clock clock;
  private volatile KeyPair other;

  Signer(
      AaKeys keys,
      AaSettings settings,
      Switches switches,
      Clock clock,
      @Value("${saakh.aa.aa-public-key}") String aaPublicKey) {
    keys.aaPublic(); // AaKeys has made the files in the demo
    this.aa = AaKeys.pair(Path.of(strip(aaPublicKey)), true);
    this.settings = settings;
    this.switches = switches;
    this.clock = clock;
  }

  private static String strip(String pub) {
    return pub.endsWith(".pub") ? pub.substring(0, pub.length() - 4) : pub;
  }

  /** The AA's own key: what the signed consent is signed with. */
  RSAPrivateKey consentKey() {
    return (RSAPrivateKey) aa.getPrivate();
  }

  /** The clock timestamps are written with ({@code clock_skew_minutes} shifts it). */
  Clock clock() {
    int skew = switches.now().clockSkewMinutes();
    return skew == 0 ? clock : Clock.offset(clock, Duration.ofMinutes(skew));
  }

  /** The txnid an answer echoes: the request's, or another with {@code wrong_txnid}. */
  String echo(String requested) {
    return switches.now().wrongTxnid() ? dev.saakh.server.aa.Rebit.txnid() : requested;
  }

  /** The {@code x-jws-signature} of {@code body}. */
  String sign(byte[] body) {
    RSAPrivateKey key =
        switches.now().badSignature() ? (RSAPrivateKey) other().getPrivate() : consentKey();
    return DetachedJws.sign(body, key, settings.aaId());
  }

  /** A signed JSON answer. */
  ResponseEntity<byte[]> reply(int status, Object message) {
    byte[] body = RebitJson.bytes(message);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .header(AaClient.SIGNATURE, sign(body))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  private KeyPair other() {
    KeyPair k = other;
    if (k == null) {
      synchronized (this) {
        if (other == null) {
          other = RsaKeys.generate();
        }
        k = other;
      }
    }
    return k;
  }
}
