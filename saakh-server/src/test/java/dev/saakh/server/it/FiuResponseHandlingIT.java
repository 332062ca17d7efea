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
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sahamati's FIU certification scenarios on how the FIU handles the AA's answer to POST /Consent
 * (1011, 1019–1023): the FIU talks to a small fake AA started here, which answers with one thing
 * wrong each time. The answer must be discarded (502 {@code aa-response-discarded}, no consent
 * request held), and a notification naming the handle the fake AA gave is then refused (400
 * InvalidRequest), since no such request is held.
 */
class FiuResponseHandlingIT extends OwnContextIT {
  /** What the fake AA answers /Consent with: request body and the answer it would give. */
  private static volatile BiFunction<JsonNode, String, Fake> answer;

  private static volatile RSAPrivateKey aaKey;

  private static final HttpServer FAKE = start();

  @Autowired ConsentStore consents;
  @Autowired FiSessionStore sessions;
  @Autowired AaKeys keys;
  @Autowired Environment env;

  AaFixtures fx;

  /** The fake AA's answer: body and signature header (null: none). */
  private record Fake(byte[] body, String signature) {}

  @DynamicPropertySource
  static void fakeAa(DynamicPropertyRegistry r) {
    r.add("saakh.aa.url", () -> "http://127.0.0.1:" + FAKE.getAddress().getPort());
  }

  private static HttpServer start() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      s.createContext("/Consent", x -> reply(x, "fake-handle-"));
      s.createContext("/FI/request", x -> reply(x, "fake-session-"));
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void reply(HttpExchange x, String prefix) throws IOException {
    JsonNode req = RebitJson.mapper().readTree(x.getRequestBody().readAllBytes());
    Fake f = answer.apply(req, prefix + UUID.randomUUID());
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

  private static Messages.ConsentResponse good(JsonNode req, String handle) {
    return new Messages.ConsentResponse(
        Rebit.VERSION,
        AaFixtures.now(),
        req.path("txnid").asText(),
        new Messages.Customer(req.path("ConsentDetail").path("Customer").path("id").asText(), null),
        handle);
  }

  /** Asks for a consent with the fake AA answering {@code a}; asserts it was discarded. */
  private void discarded(BiFunction<JsonNode, String, Fake> a, String code) {
    String customer = AaFixtures.newCustomer();
    String[] handle = new String[1];
    answer =
        (req, h) -> {
          handle[0] = h;
          return a.apply(req, h);
        };
    ServerIT.Reply r = post(UNDERWRITER, "/api/v1/customers/" + customer + "/aa/consents", "{}");
    assertThat(handle[0]).as("the fake AA was asked").isNotNull();
    assertThat(consents.byCustomer(customer)).as(r.body()).isEmpty();
    assertThat(consents.byHandle(handle[0])).isEmpty();
    JsonNode p = r.problem(502, code);
    assertThat(p.path("detail").asText()).isNotBlank();
    String txnid = Rebit.txnid();
    AaFixtures.Answer n =
        fx.notify(
            uri("/aa/fiu/Consent/Notification"),
            AaFixtures.consentNotification(txnid, AaFixtures.aa(), null, handle[0], "ACTIVE"));
    fx.assertError(n, 400, "InvalidRequest", txnid);
  }

  @Test
  void controlAGoodAnswerIsKept() {
    String customer = AaFixtures.newCustomer();
    answer = (req, h) -> signed(good(req, h));
    ServerIT.Reply r = post(UNDERWRITER, "/api/v1/customers/" + customer + "/aa/consents", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(consents.byCustomer(customer)).hasSize(1);
    assertThat(consents.byCustomer(customer).get(0).status()).isEqualTo("PENDING");
  }

  @Test
  void s1011_schemaErrorInTheAnswerIsDiscarded() {
    discarded(
        (req, h) -> {
          Messages.ConsentResponse g = good(req, h);
          return signed(
              new Messages.ConsentResponse(g.ver(), g.timestamp(), g.txnid(), g.customer(), null));
        },
        "aa-response-discarded");
    discarded(
        (req, h) -> {
          Messages.ConsentResponse g = good(req, h);
          return signed(new Messages.ConsentResponse(g.ver(), g.timestamp(), g.txnid(), null, h));
        },
        "aa-response-discarded");
  }

  /**
   * A signed answer whose JSON does not map (Customer is a string, not an object) is discarded like
   * any other bad answer: 502 aa-response-discarded, not aa-refused (the AA did not refuse).
   */
  @Test
  void s1011_unmappableAnswerIsDiscardedNotRefused() {
    discarded(
        (req, h) -> {
          byte[] body =
              ("{\"ver\":\"2.0.0\",\"timestamp\":\""
                      + AaFixtures.now()
                      + "\",\"txnid\":\""
                      + req.path("txnid").asText()
                      + "\",\"Customer\":\"someone\",\"ConsentHandle\":\""
                      + h
                      + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          return new Fake(body, DetachedJws.sign(body, aaKey, AaFixtures.AA));
        },
        "aa-response-discarded");
  }

  @Test
  void s1019_wrongVersionInTheAnswerIsDiscarded() {
    discarded(
        (req, h) -> {
          Messages.ConsentResponse g = good(req, h);
          return signed(
              new Messages.ConsentResponse(
                  "1.1.2", g.timestamp(), g.txnid(), g.customer(), g.consentHandle()));
        },
        "aa-response-discarded");
  }

  @Test
  void s1020_badTimestampInTheAnswerIsDiscarded() {
    for (String ts :
        new String[] {Rebit.timestamp(Instant.now().minus(Duration.ofMinutes(15))), "not-a-time"}) {
      discarded(
          (req, h) -> {
            Messages.ConsentResponse g = good(req, h);
            return signed(
                new Messages.ConsentResponse(
                    g.ver(), ts, g.txnid(), g.customer(), g.consentHandle()));
          },
          "aa-response-discarded");
    }
  }

  @Test
  void s1021_txnidNotTheRequestsIsDiscarded() {
    discarded(
        (req, h) -> {
          Messages.ConsentResponse g = good(req, h);
          return signed(
              new Messages.ConsentResponse(
                  g.ver(), g.timestamp(), Rebit.txnid(), g.customer(), g.consentHandle()));
        },
        "aa-response-discarded");
  }

  @Test
  void s1022_customerNotTheRequestsIsDiscarded() {
    discarded(
        (req, h) -> {
          Messages.ConsentResponse g = good(req, h);
          return signed(
              new Messages.ConsentResponse(
                  g.ver(),
                  g.timestamp(),
                  g.txnid(),
                  new Messages.Customer("somebody-else@saakh-sim", null),
                  g.consentHandle()));
        },
        "aa-response-discarded");
  }

  @Test
  void s1023_answerNotSignedByTheAaIsDiscarded() {
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    discarded(
        (req, h) -> {
          byte[] body = RebitJson.bytes(good(req, h));
          return new Fake(body, DetachedJws.sign(body, stranger, AaFixtures.AA));
        },
        "aa-response-discarded");
    discarded((req, h) -> new Fake(RebitJson.bytes(good(req, h)), null), "aa-response-discarded");
    discarded(
        (req, h) -> {
          byte[] body = RebitJson.bytes(good(req, h));
          byte[] other = RebitJson.bytes(good(req, "another-" + h));
          return new Fake(body, DetachedJws.sign(other, aaKey, AaFixtures.AA));
        },
        "aa-response-discarded");
  }

  /** An ACTIVE consent asks for data with the fake AA answering {@code a}; discarded. */
  private void fiDiscarded(BiFunction<JsonNode, String, Fake> a) {
    ConsentStore.Row c = fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA);
    String[] session = new String[1];
    String[] txnid = new String[1];
    answer =
        (req, id) -> {
          session[0] = id;
          txnid[0] = req.path("txnid").asText();
          return a.apply(req, id);
        };
    ServerIT.Reply r =
        post(UNDERWRITER, "/api/v1/customers/" + c.customerId() + "/aa/sessions", "{}");
    assertThat(session[0]).as("the fake AA was asked").isNotNull();
    assertThat(sessions.byCustomer(c.customerId())).as(r.body()).isEmpty();
    r.problem(502, "aa-response-discarded");
    AaFixtures.Answer n =
        fx.notify(
            uri("/aa/fiu/FI/Notification"),
            AaFixtures.fiNotification(
                txnid[0],
                AaFixtures.aa(),
                session[0],
                "ACTIVE",
                AaFixtures.linkRef(c.customerId())));
    fx.assertError(n, 400, "InvalidSessionId", txnid[0]);
  }

  private static Fake fi(
      JsonNode req, String ver, String ts, String txnid, String consentId, String session) {
    return signed(
        new Messages.FiResponse(
            ver == null ? Rebit.VERSION : ver,
            ts == null ? AaFixtures.now() : ts,
            txnid == null ? req.path("txnid").asText() : txnid,
            consentId == null ? req.path("Consent").path("id").asText() : consentId,
            session));
  }

  private static Fake signed(Object message) {
    byte[] body = RebitJson.bytes(message);
    return new Fake(body, DetachedJws.sign(body, aaKey, AaFixtures.AA));
  }

  @Test
  void controlAGoodFiAnswerIsKept() {
    ConsentStore.Row c = fx.consent(AaFixtures.newCustomer(), "ACTIVE", AaFixtures.AA);
    answer = (req, id) -> fi(req, null, null, null, null, id);
    ServerIT.Reply r =
        post(UNDERWRITER, "/api/v1/customers/" + c.customerId() + "/aa/sessions", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(sessions.byCustomer(c.customerId())).hasSize(1);
  }

  @Test
  void s2016_schemaErrorInTheFiAnswerIsDiscarded() {
    fiDiscarded((req, id) -> fi(req, null, null, null, null, null));
    fiDiscarded((req, id) -> fi(req, null, null, null, null, ""));
  }

  @Test
  void s2017_wrongVersionInTheFiAnswerIsDiscarded() {
    fiDiscarded((req, id) -> fi(req, "1.1.2", null, null, null, id));
  }

  @Test
  void s2018_badTimestampInTheFiAnswerIsDiscarded() {
    fiDiscarded(
        (req, id) ->
            fi(
                req,
                null,
                Rebit.timestamp(Instant.now().plus(Duration.ofMinutes(15))),
                null,
                null,
                id));
    fiDiscarded((req, id) -> fi(req, null, "soon", null, null, id));
  }

  @Test
  void s2019_txnidNotTheFiRequestsIsDiscarded() {
    fiDiscarded((req, id) -> fi(req, null, null, Rebit.txnid(), null, id));
  }

  @Test
  void s2020_consentIdNotTheFiRequestsIsDiscarded() {
    fiDiscarded((req, id) -> fi(req, null, null, null, "consent-of-someone-else", id));
  }

  @Test
  void s2021_fiAnswerNotSignedByTheAaIsDiscarded() {
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    fiDiscarded(
        (req, id) -> {
          byte[] body = fi(req, null, null, null, null, id).body();
          return new Fake(body, DetachedJws.sign(body, stranger, AaFixtures.AA));
        });
    fiDiscarded((req, id) -> new Fake(fi(req, null, null, null, null, id).body(), null));
  }
}
