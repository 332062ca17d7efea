package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.aa.crypto.RsaKeys;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.FiSessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sahamati's FIU certification scenarios on how the FIU follows a consent request (1024–1030: the
 * AA's answer to /Consent/handle; 1031–1041: its answer to /Consent/fetch, the artefact), against a
 * small fake AA started here. A bad answer is discarded (502 {@code aa-response-discarded}) and the
 * request stays as it was: PENDING, no consent id, no artefact.
 */
class FiuConsentFollowIT extends OwnContextIT {
  private static volatile Function<JsonNode, Fake> handleAnswer;
  private static volatile Function<JsonNode, Fake> fetchAnswer;
  private static volatile RSAPrivateKey aaKey;
  private static volatile JsonNode asked;
  private static final HttpServer FAKE = start();

  @Autowired ConsentStore consents;
  @Autowired FiSessionStore sessions;
  @Autowired AaKeys keys;
  @Autowired Environment env;

  AaFixtures fx;

  private record Fake(byte[] body, String signature) {}

  @DynamicPropertySource
  static void fakeAa(DynamicPropertyRegistry r) {
    r.add("saakh.aa.url", () -> "http://127.0.0.1:" + FAKE.getAddress().getPort());
  }

  private static HttpServer start() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      s.createContext("/Consent", x -> reply(x, FiuConsentFollowIT::consentAnswer));
      s.createContext("/Consent/handle", x -> reply(x, handleAnswer));
      s.createContext("/Consent/fetch", x -> reply(x, fetchAnswer));
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void reply(HttpExchange x, Function<JsonNode, Fake> answer) throws IOException {
    JsonNode req = RebitJson.mapper().readTree(x.getRequestBody().readAllBytes());
    Fake f = answer.apply(req);
    if (f.signature() != null) {
      x.getResponseHeaders().add(AaClient.SIGNATURE, f.signature());
    }
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, f.body().length);
    x.getResponseBody().write(f.body());
    x.close();
  }

  @AfterAll
  static void stop() {
    FAKE.stop(0);
  }

  @BeforeEach
  void fixtures() {
    fx = new AaFixtures(consents, sessions, keys, env.getProperty("saakh.aa.aa-public-key"));
    aaKey = fx.aaPrivate();
  }

  private static Fake signed(Object message) {
    byte[] body = RebitJson.bytes(message);
    return new Fake(body, DetachedJws.sign(body, aaKey, AaFixtures.AA));
  }

  private static Fake handle(JsonNode req, String ver, String ts, String handle, String status) {
    return signed(
        new Messages.ConsentHandleResponse(
            ver == null ? Rebit.VERSION : ver,
            ts == null ? AaFixtures.now() : ts,
            req.path("txnid").asText(),
            handle == null ? req.path("ConsentHandle").asText() : handle,
            new Messages.HandleStatus(
                "READY".equals(status) ? "consent-of-" + req.path("ConsentHandle").asText() : null,
                status)));
  }

  private ServerIT.Reply refresh(ConsentStore.Row c) {
    return post(
        UNDERWRITER,
        "/api/v1/customers/" + c.customerId() + "/aa/consents/" + c.consentHandle() + "/refresh",
        "{}");
  }

  /** The request is followed with the fake AA answering {@code a}; the answer is discarded. */
  private void discarded(Function<JsonNode, Fake> a) {
    ConsentStore.Row c = fx.pending(AaFixtures.newCustomer());
    handleAnswer = a;
    ServerIT.Reply r = refresh(c);
    ConsentStore.Row after = consents.byHandle(c.consentHandle()).orElseThrow();
    assertThat(after.status()).as(r.body()).isEqualTo("PENDING");
    assertThat(after.consentId()).isNull();
    assertThat(after.artefact()).isNull();
    r.problem(502, "aa-response-discarded");
  }

  @Test
  void s1024_wrongVersionInTheHandleAnswerIsDiscarded() {
    discarded(req -> handle(req, "1.1.2", null, null, "PENDING"));
  }

  @Test
  void s1025_badTimestampInTheHandleAnswerIsDiscarded() {
    discarded(
        req ->
            handle(
                req,
                null,
                Rebit.timestamp(Instant.now().minus(Duration.ofMinutes(15))),
                null,
                "PENDING"));
    discarded(req -> handle(req, null, "now-ish", null, "PENDING"));
  }

  @Test
  void s1026_handleNotTheRequestsIsDiscarded() {
    discarded(req -> handle(req, null, null, "handle-of-another-request", "PENDING"));
  }

  @Test
  void s1028_failedRequestIsFailedAndLaterNotificationsRefused() {
    ConsentStore.Row c = fx.pending(AaFixtures.newCustomer());
    handleAnswer = req -> handle(req, null, null, null, "FAILED");
    ServerIT.Reply r = refresh(c);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(consents.byHandle(c.consentHandle()).orElseThrow().status()).isEqualTo("FAILED");
    String txnid = Rebit.txnid();
    AaFixtures.Answer n =
        fx.notify(
            uri("/aa/fiu/Consent/Notification"),
            AaFixtures.consentNotification(
                txnid, AaFixtures.aa(), null, c.consentHandle(), "ACTIVE"));
    assertThat(n.json().path("errorCode").asText()).isIn("InvalidRequest", "InvalidConsentId");
    fx.assertError(n, 400, n.json().path("errorCode").asText(), txnid);
    assertThat(consents.byHandle(c.consentHandle()).orElseThrow().status()).isEqualTo("FAILED");
  }

  @Test
  void s1029_pendingRequestStaysPendingAndNotificationsAccepted() {
    ConsentStore.Row c = fx.pending(AaFixtures.newCustomer());
    handleAnswer = req -> handle(req, null, null, null, "PENDING");
    ServerIT.Reply r = refresh(c);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("PENDING");
    String txnid = Rebit.txnid();
    fx.assertOk(
        fx.notify(
            uri("/aa/fiu/Consent/Notification"),
            AaFixtures.consentNotification(
                txnid, AaFixtures.aa(), null, c.consentHandle(), "PENDING")),
        txnid);
  }

  @Test
  void s1030_handleAnswerNotSignedByTheAaIsDiscarded() {
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    discarded(
        req -> {
          byte[] body = handle(req, null, null, null, "READY").body();
          return new Fake(body, DetachedJws.sign(body, stranger, AaFixtures.AA));
        });
    discarded(req -> new Fake(handle(req, null, null, null, "READY").body(), null));
  }

  private static Fake artefact(
      JsonNode req, String ver, String consentId, String created, String signedConsent) {
    return signed(
        new Messages.ConsentArtefact(
            ver == null ? Rebit.VERSION : ver,
            req.path("txnid").asText(),
            consentId == null ? req.path("consentId").asText() : consentId,
            "ACTIVE",
            created == null ? AaFixtures.now() : created,
            signedConsent,
            new Messages.ConsentUse("https://aa/log", 0, AaFixtures.now())));
  }

  /** READY at /Consent/handle, then {@code a} at /Consent/fetch: the artefact is discarded. */
  private void artefactDiscarded(Function<JsonNode, Fake> a) {
    handleAnswer = req -> handle(req, null, null, null, "READY");
    fetchAnswer = a;
    discarded(handleAnswer);
  }

  private static String signedBy(RSAPrivateKey key) {
    return DetachedJws.signCompact(
        "{\"consentMode\":\"STORE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        key,
        AaFixtures.AA);
  }

  @Test
  void s1031_wrongVersionInTheArtefactIsDiscarded() {
    artefactDiscarded(req -> artefact(req, "1.1.2", null, null, signedBy(aaKey)));
  }

  @Test
  void s1033_consentIdNotTheOneAskedIsDiscarded() {
    artefactDiscarded(req -> artefact(req, null, "consent-of-someone-else", null, signedBy(aaKey)));
  }

  @Test
  void s1037_badCreateTimestampIsDiscarded() {
    artefactDiscarded(req -> artefact(req, null, null, "not-a-date", signedBy(aaKey)));
  }

  @Test
  void s1038_invalidSignedConsentIsDiscarded() {
    artefactDiscarded(req -> artefact(req, null, null, null, "not.a.jws"));
    artefactDiscarded(req -> artefact(req, null, null, null, null));
  }

  @Test
  void s1040_signedConsentOfAnotherAaKeyIsDiscarded() {
    RSAPrivateKey other = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    artefactDiscarded(req -> artefact(req, null, null, null, signedBy(other)));
  }

  @Test
  void s1041_artefactAnswerNotSignedByTheAaIsDiscarded() {
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    artefactDiscarded(
        req -> {
          byte[] body = artefact(req, null, null, null, signedBy(aaKey)).body();
          return new Fake(body, DetachedJws.sign(body, stranger, AaFixtures.AA));
        });
  }

  /** POST /Consent: remembers what was asked, answers with a handle. */
  private static Fake consentAnswer(JsonNode req) {
    asked = req.path("ConsentDetail");
    return signed(
        new Messages.ConsentResponse(
            Rebit.VERSION,
            AaFixtures.now(),
            req.path("txnid").asText(),
            new Messages.Customer(asked.path("Customer").path("id").asText(), null),
            "fake-handle-" + java.util.UUID.randomUUID()));
  }

  /** The consent asked for, as the AA signs it once approved: the request and one account. */
  private static String signedAsAsked() {
    com.fasterxml.jackson.databind.node.ObjectNode d =
        ((com.fasterxml.jackson.databind.node.ObjectNode) asked).deepCopy();
    d.putArray("Accounts")
        .addObject()
        .put("fiType", "DEPOSIT")
        .put("fipId", "FIP-1")
        .put("accType", "SAVINGS")
        .put("linkRefNumber", "LINK-1")
        .put("maskedAccNumber", "XXXX1234");
    try {
      return DetachedJws.signCompact(RebitJson.mapper().writeValueAsBytes(d), aaKey, AaFixtures.AA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asks, then follows: READY, and the artefact in {@code status}; the consent as held. */
  private ConsentStore.Row approvedAs(String status) {
    String customer = AaFixtures.newCustomer();
    ServerIT.Reply asked =
        post(UNDERWRITER, "/api/v1/customers/" + customer + "/aa/consents", "{}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    ConsentStore.Row c = consents.byCustomer(customer).get(0);
    handleAnswer = req -> handle(req, null, null, null, "READY");
    fetchAnswer =
        req ->
            signed(
                new Messages.ConsentArtefact(
                    Rebit.VERSION,
                    req.path("txnid").asText(),
                    req.path("consentId").asText(),
                    status,
                    AaFixtures.now(),
                    signedAsAsked(),
                    new Messages.ConsentUse("https://aa/log", 0, AaFixtures.now())));
    ServerIT.Reply r = refresh(c);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    ConsentStore.Row after = consents.byHandle(c.consentHandle()).orElseThrow();
    assertThat(after.artefact()).isNotNull();
    assertThat(after.status()).isEqualTo(status);
    return after;
  }

  @Test
  void controlAnActiveArtefactIsHeld() {
    ConsentStore.Row c = approvedAs("ACTIVE");
    assertThat(c.consentId()).isEqualTo("consent-of-" + c.consentHandle());
  }

  /**
   * An AA that names, for a new request, the consent id of another request already held: the answer
   * is discarded (502), not a server error, and neither request changes.
   */
  @Test
  void s1033_consentIdOfAnotherHeldRequestIsDiscarded() {
    ConsentStore.Row first = approvedAs("ACTIVE");
    String other = AaFixtures.newCustomer();
    ServerIT.Reply asked = post(UNDERWRITER, "/api/v1/customers/" + other + "/aa/consents", "{}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    ConsentStore.Row second = consents.byCustomer(other).get(0);
    handleAnswer =
        req ->
            signed(
                new Messages.ConsentHandleResponse(
                    Rebit.VERSION,
                    AaFixtures.now(),
                    req.path("txnid").asText(),
                    req.path("ConsentHandle").asText(),
                    new Messages.HandleStatus(first.consentId(), "READY")));
    fetchAnswer = req -> artefact(req, null, null, null, signedAsAsked());
    ServerIT.Reply r = refresh(second);
    ConsentStore.Row after = consents.byHandle(second.consentHandle()).orElseThrow();
    assertThat(after.consentId()).as(r.body()).isNull();
    assertThat(after.status()).isEqualTo("PENDING");
    assertThat(consents.byId(first.consentId()).orElseThrow().consentHandle())
        .isEqualTo(first.consentHandle());
    r.problem(502, "aa-response-discarded");
  }

  @Test
  void s1034_pausedArtefactMakesNoFiRequest() {
    ConsentStore.Row c = approvedAs("PAUSED");
    post(UNDERWRITER, "/api/v1/customers/" + c.customerId() + "/aa/sessions", "{}")
        .problem(403, "no-active-consent");
    assertThat(sessions.byCustomer(c.customerId())).isEmpty();
  }

  @Test
  void s1035_revokedArtefactMakesNoFiRequest() {
    ConsentStore.Row c = approvedAs("REVOKED");
    post(UNDERWRITER, "/api/v1/customers/" + c.customerId() + "/aa/sessions", "{}")
        .problem(403, "no-active-consent");
    assertThat(sessions.byCustomer(c.customerId())).isEmpty();
  }
}
