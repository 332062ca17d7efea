package dev.saakh.server.it;

import static dev.saakh.server.it.AaFixtures.aa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.FiSessionStore;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * Sahamati's FIU certification scenarios 1042 and 2028: with an {@code aa_api_key} configured, a
 * notification whose key is missing or wrong is refused with 401 however well signed, and changes
 * nothing; with the key it is accepted.
 */
@TestPropertySource(properties = "saakh.aa.aa-api-key=" + FiuApiKeyIT.KEY)
class FiuApiKeyIT extends OwnContextIT {
  static final String KEY = "key-the-fiu-gave-saakh-sim-aa";

  @Autowired ConsentStore consents;
  @Autowired FiSessionStore sessions;
  @Autowired AaKeys keys;
  @Autowired Environment env;

  AaFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new AaFixtures(consents, sessions, keys, env.getProperty("saakh.aa.aa-public-key"));
  }

  private AaFixtures.Answer send(URI route, Object message, String key) {
    byte[] body = RebitJson.bytes(message);
    return fx.post(route, body, DetachedJws.sign(body, fx.aaPrivate(), AaFixtures.AA), key);
  }

  @Test
  void s1042_wrongApiKeyOnConsentNotificationIs401() {
    ConsentStore.Row c = fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA);
    URI route = uri("/aa/fiu/Consent/Notification");
    for (String key : Arrays.asList(null, "", "wrong", KEY + "x", KEY.toUpperCase())) {
      Object n =
          AaFixtures.consentNotification(
              Rebit.txnid(), aa(), c.consentId(), c.consentHandle(), "REVOKED");
      AaFixtures.Answer a = send(route, n, key);
      assertThat(a.status()).as(key + ": " + a.body()).isEqualTo(401);
      fx.assertSignedByFiu(a);
    }
    assertThat(consents.byHandle(c.consentHandle()).orElseThrow().status()).isEqualTo("ACTIVE");
    String txnid = Rebit.txnid();
    fx.assertOk(
        send(
            route,
            AaFixtures.consentNotification(
                txnid, aa(), c.consentId(), c.consentHandle(), "REVOKED"),
            KEY),
        txnid);
    assertThat(consents.byHandle(c.consentHandle()).orElseThrow().status()).isEqualTo("REVOKED");
  }

  @Test
  void s2028_wrongApiKeyOnFiNotificationIs401() {
    FiSessionStore.Session s =
        fx.session(fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA));
    URI route = uri("/aa/fiu/FI/Notification");
    Object n =
        AaFixtures.fiNotification(
            s.txnid(), aa(), s.sessionId(), "FAILED", AaFixtures.linkRef(s.customerId()));
    for (String key : Arrays.asList(null, "", "wrong")) {
      AaFixtures.Answer a = send(route, n, key);
      assertThat(a.status()).as(key + ": " + a.body()).isEqualTo(401);
      fx.assertSignedByFiu(a);
    }
    assertThat(sessions.find(s.sessionId()).orElseThrow().state()).isEqualTo("REQUESTED");
    fx.assertOk(send(route, n, KEY), s.txnid());
    assertThat(sessions.find(s.sessionId()).orElseThrow().state()).isEqualTo("FAILED");
  }
}
