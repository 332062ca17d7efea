package dev.saakh.server.it;

import static dev.saakh.server.it.AaFixtures.aa;
import static dev.saakh.server.it.AaFixtures.consentNotification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.aa.crypto.RsaKeys;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.it.AaFixtures.Answer;
import dev.saakh.server.store.FiSessionStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Sahamati's FIU certification scenarios for the notifications the AA sends the FIU (POST
 * /Consent/Notification, 1004–1043; POST /FI/Notification, 2002–2029), over real HTTP: each test
 * holds its own consent (and session) as the AA flow would have left them, sends a notification
 * signed with the AA's key, and checks the FIU's signed answer and what changed in the database.
 */
class FiuCertificationIT extends ServerIT {
  @Autowired ConsentStore consents;
  @Autowired FiSessionStore sessions;
  @Autowired AaKeys keys;
  @Autowired Environment env;

  AaFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new AaFixtures(consents, sessions, keys, env.getProperty("saakh.aa.aa-public-key"));
  }

  private URI consentRoute() {
    return uri("/aa/fiu/Consent/Notification");
  }

  private String status(ConsentStore.Row c) {
    return consents.byHandle(c.consentHandle()).orElseThrow().status();
  }

  private ConsentStore.Row active() {
    return fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA);
  }

  @Test
  void s1004_validConsentNotificationIsAccepted() {
    ConsentStore.Row c = active();
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), c.consentId(), c.consentHandle(), "PAUSED"));
    fx.assertOk(a, txnid);
    assertThat(status(c)).isEqualTo("PAUSED");
  }

  @Test
  void s1005_alternateAaIdIsInvalidNotifier() {
    ConsentStore.Row c = active();
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(
                txnid,
                new Messages.Entity(AaFixtures.OTHER_AA, "AA"),
                c.consentId(),
                c.consentHandle(),
                "PAUSED"));
    fx.assertError(a, 400, "InvalidNotifier", txnid);
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1006_fipNotifierTypeIsInvalidNotifier() {
    ConsentStore.Row c = active();
    for (String type : List.of("FIP", "FIU", "USER")) {
      String txnid = Rebit.txnid();
      Answer a =
          fx.notify(
              consentRoute(),
              consentNotification(
                  txnid,
                  new Messages.Entity(AaFixtures.AA, type),
                  c.consentId(),
                  c.consentHandle(),
                  "REVOKED"));
      fx.assertError(a, 400, "InvalidNotifier", txnid);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1007_unknownConsentIdIsInvalidConsentId() {
    ConsentStore.Row c = active();
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), "no-such-consent-" + txnid, null, "REVOKED"));
    fx.assertError(a, 400, "InvalidConsentId", txnid);
    String txnid2 = Rebit.txnid();
    Answer b =
        fx.notify(
            consentRoute(),
            consentNotification(
                txnid2, aa(), "no-such-consent-" + txnid2, c.consentHandle(), "REVOKED"));
    fx.assertError(b, 400, "InvalidConsentId", txnid2);
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1008_unknownConsentHandleIsInvalidRequest() {
    ConsentStore.Row c = active();
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), null, "no-such-handle-" + txnid, "REVOKED"));
    fx.assertError(a, 400, "InvalidRequest", txnid);
    String txnid2 = Rebit.txnid();
    Answer b =
        fx.notify(
            consentRoute(),
            consentNotification(
                txnid2, aa(), c.consentId(), "no-such-handle-" + txnid2, "REVOKED"));
    fx.assertError(b, 400, "InvalidRequest", txnid2);
    ConsentStore.Row other = active();
    String txnid3 = Rebit.txnid();
    Answer mixed =
        fx.notify(
            consentRoute(),
            consentNotification(txnid3, aa(), c.consentId(), other.consentHandle(), "REVOKED"));
    fx.assertError(mixed, 400, "InvalidRequest", txnid3);
    assertThat(status(c)).isEqualTo("ACTIVE");
    assertThat(status(other)).isEqualTo("ACTIVE");
  }

  @Test
  void s1009_schemaErrorInAnyFieldIsInvalidRequest() {
    ConsentStore.Row c = active();
    for (String body : schemaErrors(c.consentId())) {
      Answer a = fx.notifyRaw(consentRoute(), body);
      fx.assertError(a, 400, "InvalidRequest", null);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  /** Consent notifications about consent {@code id}, each with one field schematically wrong. */
  private static List<String> schemaErrors(String id) {
    String now = AaFixtures.now();
    String notifier = "\"Notifier\":{\"type\":\"AA\",\"id\":\"SAAKH-SIM-AA\"}";
    String good = "{\"consentId\":\"" + id + "\",\"consentStatus\":\"REVOKED\"}";
    String head = "\"ver\":\"2.0.0\",\"timestamp\":\"" + now + "\",";
    String txn = "\"txnid\":\"" + Rebit.txnid() + "\",";
    return List.of(
        "",
        "not json",
        "[]",
        "{" + head + txn + notifier + "}",
        "{" + head + txn + notifier + ",\"ConsentStatusNotification\":\"REVOKED\"}",
        "{" + head + notifier + ",\"ConsentStatusNotification\":" + good + "}",
        "{"
            + head
            + "\"txnid\":\"not-a-uuid\","
            + notifier
            + ",\"ConsentStatusNotification\":"
            + good
            + "}",
        "{" + head + "\"txnid\":42," + notifier + ",\"ConsentStatusNotification\":" + good + "}",
        "{\"ver\":\"2.0.0\"," + txn + notifier + ",\"ConsentStatusNotification\":" + good + "}",
        "{"
            + head
            + txn
            + notifier
            + ",\"ConsentStatusNotification\":{\"consentId\":\""
            + id
            + "\",\"consentStatus\":\"DORMANT\"}}",
        "{"
            + head
            + txn
            + notifier
            + ",\"ConsentStatusNotification\":{\"consentId\":\""
            + id
            + "\"}}",
        "{"
            + head
            + txn
            + notifier
            + ",\"ConsentStatusNotification\":{\"consentId\":\""
            + id
            + "\",\"consentStatus\":[\"REVOKED\"]}}",
        "{"
            + head
            + txn
            + notifier
            + ",\"ConsentStatusNotification\":{\"consentStatus\":"
            + "\"REVOKED\",\"consentId\":{\"id\":\""
            + id
            + "\"}}}");
  }

  @Test
  void s1010_timestampFifteenMinutesOffIsInvalidRequest() {
    ConsentStore.Row c = active();
    for (Duration off : List.of(Duration.ofMinutes(15), Duration.ofMinutes(-15))) {
      String txnid = Rebit.txnid();
      Messages.ConsentNotification n =
          new Messages.ConsentNotification(
              Rebit.VERSION,
              Rebit.timestamp(Instant.now().plus(off)),
              txnid,
              aa(),
              new Messages.ConsentStatusNotification(c.consentId(), c.consentHandle(), "REVOKED"));
      fx.assertError(fx.notify(consentRoute(), n), 400, "InvalidRequest", txnid);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1013_unknownVersionIsNoSuchVersion() {
    ConsentStore.Row c = active();
    for (String ver : List.of("1.1.2", "2.1.0", "3.0")) {
      String txnid = Rebit.txnid();
      Messages.ConsentNotification n =
          new Messages.ConsentNotification(
              ver,
              AaFixtures.now(),
              txnid,
              aa(),
              new Messages.ConsentStatusNotification(c.consentId(), c.consentHandle(), "REVOKED"));
      fx.assertError(fx.notify(consentRoute(), n), 404, "NoSuchVersion", txnid);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1014_malformedTimestampIsInvalidRequest() {
    ConsentStore.Row c = active();
    List<String> bad =
        List.of(
            "yesterday",
            "2026-13-45T10:00:00.000Z",
            Rebit.timestamp(Instant.now()).replace("Z", ""),
            "1764770000000",
            "");
    for (String ts : bad) {
      String txnid = Rebit.txnid();
      Messages.ConsentNotification n =
          new Messages.ConsentNotification(
              Rebit.VERSION,
              ts,
              txnid,
              aa(),
              new Messages.ConsentStatusNotification(c.consentId(), c.consentHandle(), "REVOKED"));
      fx.assertError(fx.notify(consentRoute(), n), 400, "InvalidRequest", txnid);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1015_consentOfAlternateAaIsInvalidRequest() {
    ConsentStore.Row c = fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.OTHER_AA);
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), c.consentId(), c.consentHandle(), "REVOKED"));
    fx.assertError(a, 400, "InvalidRequest", txnid);
    assertThat(status(c)).isEqualTo("ACTIVE");
  }

  @Test
  void s1016_pausedConsentMakesNoFiRequest() {
    stoppedConsentMakesNoFiRequest("PAUSED");
  }

  @Test
  void s1017_expiredConsentMakesNoFiRequest() {
    stoppedConsentMakesNoFiRequest("EXPIRED");
  }

  @Test
  void s1018_revokedConsentMakesNoFiRequest() {
    stoppedConsentMakesNoFiRequest("REVOKED");
  }

  private void stoppedConsentMakesNoFiRequest(String status) {
    ConsentStore.Row c = active();
    String txnid = Rebit.txnid();
    fx.assertOk(
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), c.consentId(), c.consentHandle(), status)),
        txnid);
    assertThat(status(c)).isEqualTo(status);
    post(UNDERWRITER, "/api/v1/customers/" + c.customerId() + "/aa/sessions", "{}")
        .problem(403, "no-active-consent");
    assertThat(sessions.byCustomer(c.customerId())).isEmpty();
  }

  @Test
  void s1028_failedConsentRequestIsInvalidConsentId() {
    ConsentStore.Row c = fx.consent(AaFixtures.newCustomer(), "FAILED", AaFixtures.AA);
    String txnid = Rebit.txnid();
    Answer a =
        fx.notify(
            consentRoute(),
            consentNotification(txnid, aa(), c.consentId(), c.consentHandle(), "ACTIVE"));
    assertThat(a.json().path("errorCode").asText()).isIn("InvalidRequest", "InvalidConsentId");
    fx.assertError(a, 400, a.json().path("errorCode").asText(), txnid);
    assertThat(status(c)).isEqualTo("FAILED");
  }

  @Test
  void s1029_pendingConsentRequestIsAccepted() {
    ConsentStore.Row c = fx.pending(AaFixtures.newCustomer());
    String txnid = Rebit.txnid();
    fx.assertOk(
        fx.notify(
            consentRoute(), consentNotification(txnid, aa(), null, c.consentHandle(), "PENDING")),
        txnid);
    assertThat(status(c)).isEqualTo("PENDING");
  }

  @Test
  void s1036_badSignatureIsSignatureDoesNotMatch() {
    ConsentStore.Row c = active();
    byte[] body =
        RebitJson.bytes(
            consentNotification(Rebit.txnid(), aa(), c.consentId(), c.consentHandle(), "REVOKED"));
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    byte[] other =
        RebitJson.bytes(
            consentNotification(Rebit.txnid(), aa(), c.consentId(), c.consentHandle(), "PAUSED"));
    String aaSig = DetachedJws.sign(body, fx.aaPrivate(), AaFixtures.AA);
    String[] parts = aaSig.split("\\.", -1);
    List<String> signatures =
        java.util.Arrays.asList(
            DetachedJws.sign(body, stranger, AaFixtures.AA),
            DetachedJws.sign(other, fx.aaPrivate(), AaFixtures.AA),
            DetachedJws.sign(body, keys.fiuPrivate(), AaFixtures.AA),
            parts[0]
                + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(other)
                + "."
                + parts[2],
            parts[0] + "..",
            "not-a-jws",
            "",
            null);
    for (String sig : signatures) {
      Answer a = fx.post(consentRoute(), body, sig, null);
      fx.assertError(a, 400, "SignatureDoesNotMatch", null);
    }
    assertThat(status(c)).isEqualTo("ACTIVE");
    // the same body with the AA's signature is accepted: the refusals were the signature's
    fx.assertSignedByFiu(fx.post(consentRoute(), body, aaSig, null));
    assertThat(status(c)).isEqualTo("REVOKED");
    assertThat(new String(body, StandardCharsets.UTF_8)).contains(c.consentId());
  }
}
