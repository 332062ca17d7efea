package dev.saakh.server.it;

import static dev.saakh.server.it.AaFixtures.aa;
import static dev.saakh.server.it.AaFixtures.fiNotification;
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
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Sahamati's FIU certification scenarios for POST /FI/Notification (2002–2027), over real HTTP:
 * each test holds its own ACTIVE consent and a REQUESTED FI session as {@code POST /FI/request}
 * would have left them, sends a notification signed with the AA's key, and checks the FIU's signed
 * answer, the session's state, and that no fetch follows a session the AA gave up.
 */
class FiuFiNotificationIT extends ServerIT {
  @Autowired ConsentStore consents;
  @Autowired FiSessionStore sessions;
  @Autowired AaKeys keys;
  @Autowired Environment env;

  AaFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new AaFixtures(consents, sessions, keys, env.getProperty("saakh.aa.aa-public-key"));
  }

  private URI route() {
    return uri("/aa/fiu/FI/Notification");
  }

  private FiSessionStore.Session requested() {
    return fx.session(fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA));
  }

  private String state(FiSessionStore.Session s) {
    return sessions.find(s.sessionId()).orElseThrow().state();
  }

  private Messages.FiNotification pending(FiSessionStore.Session s, Messages.Entity notifier) {
    return fiNotification(
        s.txnid(), notifier, s.sessionId(), "ACTIVE", AaFixtures.linkRef(s.customerId()));
  }

  @Test
  void s2002_validFiNotificationIsAccepted() {
    FiSessionStore.Session s = requested();
    fx.assertOk(fx.notify(route(), pending(s, aa())), s.txnid());
    assertThat(state(s)).isEqualTo("REQUESTED");
    // a notification with no account status at all is accepted too
    Messages.FiNotification bare =
        new Messages.FiNotification(
            Rebit.VERSION,
            AaFixtures.now(),
            s.txnid(),
            aa(),
            new Messages.FiStatusNotification(s.sessionId(), "ACTIVE", null));
    fx.assertOk(fx.notify(route(), bare), s.txnid());
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2003_unknownVersionIsNoSuchVersion() {
    FiSessionStore.Session s = requested();
    for (String ver : List.of("1.1.2", "2.1.0", "")) {
      Messages.FiNotification n = pending(s, aa());
      Messages.FiNotification bad =
          new Messages.FiNotification(
              ver, n.timestamp(), n.txnid(), n.notifier(), n.notification());
      fx.assertError(fx.notify(route(), bad), 404, "NoSuchVersion", s.txnid());
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2004_unknownSessionIsInvalidSessionId() {
    FiSessionStore.Session s = requested();
    for (String id : Arrays.asList("session-that-was-never-opened", "", null)) {
      Messages.FiNotification n =
          fiNotification(s.txnid(), aa(), id, "ACTIVE", AaFixtures.linkRef(s.customerId()));
      fx.assertError(fx.notify(route(), n), 400, "InvalidSessionId", s.txnid());
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2005_alternateAaIdIsInvalidRequest() {
    FiSessionStore.Session s = requested();
    Answer a = fx.notify(route(), pending(s, new Messages.Entity(AaFixtures.OTHER_AA, "AA")));
    fx.assertError(a, 400, "InvalidRequest", s.txnid());
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2006_schemaErrorInAnyFieldIsInvalidRequest() {
    FiSessionStore.Session s = requested();
    String head = "\"ver\":\"2.0.0\",\"timestamp\":\"" + AaFixtures.now() + "\",";
    String txn = "\"txnid\":\"" + s.txnid() + "\",";
    String notifier = "\"Notifier\":{\"type\":\"AA\",\"id\":\"SAAKH-SIM-AA\"},";
    String sid = "\"sessionId\":\"" + s.sessionId() + "\"";
    List<String> bodies =
        List.of(
            "",
            "{",
            "{" + head + txn + notifier.substring(0, notifier.length() - 1) + "}",
            "{" + head + txn + notifier + "\"FIStatusNotification\":\"ACTIVE\"}",
            "{" + head + txn + notifier + "\"FIStatusNotification\":[]}",
            "{" + head + "\"txnid\":\"x\"," + notifier + "\"FIStatusNotification\":{" + sid + "}}",
            "{" + head + notifier + "\"FIStatusNotification\":{" + sid + "}}",
            "{\"ver\":\"2.0.0\"," + txn + notifier + "\"FIStatusNotification\":{" + sid + "}}",
            "{"
                + head
                + txn
                + notifier
                + "\"FIStatusNotification\":{"
                + sid
                + ",\"sessionStatus\":\"ACTIVE\",\"FIStatusResponse\":{\"fipID\":\"FIP-1\"}}}",
            "{"
                + head
                + txn
                + notifier
                + "\"FIStatusNotification\":{"
                + sid
                + ",\"sessionStatus\":\"ACTIVE\",\"FIStatusResponse\":[{\"fipID\":\"FIP-1\","
                + "\"Accounts\":\"all\"}]}}");
    for (String body : bodies) {
      fx.assertError(fx.notifyRaw(route(), body), 400, "InvalidRequest", null);
    }
    unknownStatuses(s, head, txn, notifier, sid);
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  /** An unknown status is refused with the specification's own codes (or InvalidRequest). */
  private void unknownStatuses(
      FiSessionStore.Session s, String head, String txn, String notifier, String sid) {
    List<String> statuses =
        List.of(
            "\"sessionStatus\":\"DONE\"",
            "\"sessionStatus\":\"ACTIVE\",\"FIStatusResponse\":[{\"fipID\":\"FIP-1\",\"Accounts\":"
                + "[{\"linkRefNumber\":\""
                + AaFixtures.linkRef(s.customerId())
                + "\",\"FIStatus\":\"GONE\"}]}]");
    for (String status : statuses) {
      Answer a =
          fx.notifyRaw(
              route(),
              "{"
                  + head
                  + txn
                  + notifier
                  + "\"FIStatusNotification\":{"
                  + sid
                  + ","
                  + status
                  + "}}");
      assertThat(a.json().path("errorCode").asText())
          .as(a.body())
          .isIn("InvalidRequest", "InvalidSessionStatus", "InvalidFIStatus");
      fx.assertError(a, 400, a.json().path("errorCode").asText(), s.txnid());
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2007_txnidNotTheFiRequestsIsInvalidRequest() {
    FiSessionStore.Session s = requested();
    String other = Rebit.txnid();
    Messages.FiNotification n =
        fiNotification(other, aa(), s.sessionId(), "EXPIRED", AaFixtures.linkRef(s.customerId()));
    fx.assertError(fx.notify(route(), n), 400, "InvalidRequest", other);
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2008_badOrSkewedTimestampIsInvalidRequest() {
    FiSessionStore.Session s = requested();
    List<String> bad =
        List.of(
            Rebit.timestamp(Instant.now().plus(Duration.ofMinutes(15))),
            Rebit.timestamp(Instant.now().minus(Duration.ofMinutes(15))),
            "2026-02-30T10:00:00.000Z",
            "today",
            "");
    for (String ts : bad) {
      Messages.FiNotification n = pending(s, aa());
      Messages.FiNotification off =
          new Messages.FiNotification(n.ver(), ts, n.txnid(), n.notifier(), n.notification());
      fx.assertError(fx.notify(route(), off), 400, "InvalidRequest", s.txnid());
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2009_detailsOfAlternateAaAreRefused() {
    // case 1: another AA's id as notifier
    FiSessionStore.Session s = requested();
    fx.assertError(
        fx.notify(route(), pending(s, new Messages.Entity(AaFixtures.OTHER_AA, "AA"))),
        400,
        "InvalidRequest",
        s.txnid());
    // case 2: a session opened under a consent of another AA
    FiSessionStore.Session theirs =
        fx.session(fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.OTHER_AA));
    fx.assertError(fx.notify(route(), pending(theirs, aa())), 400, "InvalidSessionId", null);
    // case 3: an account the customer did not link to the consent
    Messages.FiNotification n =
        fiNotification(s.txnid(), aa(), s.sessionId(), "ACTIVE", "LINK-OF-ANOTHER-AA");
    fx.assertError(fx.notify(route(), n), 400, "InvalidRequest", s.txnid());
    assertThat(state(s)).isEqualTo("REQUESTED");
    assertThat(state(theirs)).isEqualTo("REQUESTED");
  }

  @Test
  void s2011_expiredSessionIsNotFetched() {
    endedSessionIsNotFetched("EXPIRED", "EXPIRED", "session-expired");
  }

  @Test
  void s2015_failedSessionIsNotFetched() {
    endedSessionIsNotFetched("FAILED", "FAILED", "session-failed");
  }

  private void endedSessionIsNotFetched(String sessionStatus, String state, String code) {
    FiSessionStore.Session s = requested();
    Messages.FiNotification n =
        fiNotification(
            s.txnid(), aa(), s.sessionId(), sessionStatus, AaFixtures.linkRef(s.customerId()));
    fx.assertOk(fx.notify(route(), n), s.txnid());
    assertThat(state(s)).isEqualTo(state);
    post(
            UNDERWRITER,
            "/api/v1/customers/" + s.customerId() + "/aa/sessions/" + s.sessionId() + "/fetch",
            "{}")
        .problem(409, code);
    FiSessionStore.Session after = sessions.find(s.sessionId()).orElseThrow();
    assertThat(after.state()).isEqualTo(state);
    assertThat(consents.byId(s.consentId()).orElseThrow().lastFetchAt()).isNull();
  }

  @Test
  void s2012_notifierTypeNotAaIsInvalidRequest() {
    FiSessionStore.Session s = requested();
    for (String type : List.of("FIP", "FIU", "USER")) {
      fx.assertError(
          fx.notify(route(), pending(s, new Messages.Entity(AaFixtures.AA, type))),
          400,
          "InvalidRequest",
          s.txnid());
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
  }

  @Test
  void s2027_badSignatureIsSignatureDoesNotMatch() {
    FiSessionStore.Session s = requested();
    Messages.FiNotification n =
        fiNotification(
            s.txnid(), aa(), s.sessionId(), "FAILED", AaFixtures.linkRef(s.customerId()));
    byte[] body = RebitJson.bytes(n);
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    byte[] other = RebitJson.bytes(pending(s, aa()));
    List<String> signatures =
        Arrays.asList(
            DetachedJws.sign(body, stranger, AaFixtures.AA),
            DetachedJws.sign(other, fx.aaPrivate(), AaFixtures.AA),
            DetachedJws.sign(body, keys.fiuPrivate(), "SAAKH-FIU"),
            "garbage",
            null);
    for (String sig : signatures) {
      fx.assertError(fx.post(route(), body, sig, null), 400, "SignatureDoesNotMatch", null);
    }
    assertThat(state(s)).isEqualTo("REQUESTED");
    fx.assertOk(
        fx.post(route(), body, DetachedJws.sign(body, fx.aaPrivate(), AaFixtures.AA), null),
        s.txnid());
    assertThat(state(s)).isEqualTo("FAILED");
  }
}
