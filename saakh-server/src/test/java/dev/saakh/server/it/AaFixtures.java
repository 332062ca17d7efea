package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.FiSessionStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the FIU certification tests need: consents and FI sessions held as if the AA flow had made
 * them, notifications signed with the simulated AA's key, and the FIU's signed answers read back.
 */
final class AaFixtures {
  static final String AA = "SAAKH-SIM-AA";
  static final String OTHER_AA = "OTHER-AA";

  /** Customer numbers the demo population (1–6) and the other ITs do not use. */
  private static final AtomicInteger NEXT = new AtomicInteger(200);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final ConsentStore consents;
  private final FiSessionStore sessions;
  private final AaKeys keys;
  private final RSAPrivateKey aaPrivate;

  AaFixtures(ConsentStore consents, FiSessionStore sessions, AaKeys keys, String aaPublicKey) {
    this.consents = consents;
    this.sessions = sessions;
    this.keys = keys;
    this.aaPrivate =
        (RSAPrivateKey) AaKeys.pair(Path.of(aaPublicKey.replace(".pub", "")), true).getPrivate();
  }

  /** A customer id no one else uses. */
  static String newCustomer() {
    return new CustomerId(Segment.MSME, NEXT.getAndIncrement()).toString();
  }

  RSAPrivateKey aaPrivate() {
    return aaPrivate;
  }

  /** A consent held in {@code status} with a verified artefact, requested through {@code aaId}. */
  ConsentStore.Row consent(String customerId, String status, String aaId) {
    String handle = "handle-" + UUID.randomUUID();
    String consentId = "consent-" + UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ConsentArtefact a =
        new ConsentArtefact(
            consentId,
            customerId,
            handle,
            now.minusDays(1),
            now.plusMonths(6),
            ConsentMode.STORE,
            FetchType.ONETIME,
            List.of(ConsentType.PROFILE, ConsentType.SUMMARY, ConsentType.TRANSACTIONS),
            List.of(FiType.DEPOSIT),
            "SAAKH-FIU",
            103,
            "Aggregated statement",
            LocalDate.now(ZoneOffset.UTC).minusYears(1),
            LocalDate.now(ZoneOffset.UTC),
            TimeUnit.MONTH,
            6,
            TimeUnit.DAY,
            30,
            ConsentStatus.ACTIVE);
    String artefact;
    try {
      artefact = LakeJson.mapper().writeValueAsString(a);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ConsentStore.Row row =
        new ConsentStore.Row(
            handle,
            consentId,
            customerId,
            aaId,
            customerId + "@saakh-sim",
            Rebit.txnid(),
            status,
            now,
            "{}",
            signedConsent(customerId),
            artefact,
            "underwriter",
            now,
            null);
    consents.insert(row);
    return row;
  }

  /** A consent request the customer has not approved yet: no id, no artefact. */
  ConsentStore.Row pending(String customerId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ConsentStore.Row row =
        new ConsentStore.Row(
            "handle-" + UUID.randomUUID(),
            null,
            customerId,
            AA,
            customerId + "@saakh-sim",
            Rebit.txnid(),
            "PENDING",
            now,
            "{}",
            null,
            null,
            "underwriter",
            now,
            null);
    consents.insert(row);
    return row;
  }

  /** The link reference of the one account the fixtures' signed consents name. */
  static String linkRef(String customerId) {
    return "LINK-1-" + customerId;
  }

  private String signedConsent(String customerId) {
    Messages.SignedConsentDetail d =
        new Messages.SignedConsentDetail(
            null,
            null,
            "STORE",
            "ONETIME",
            null,
            List.of("DEPOSIT"),
            new Messages.Entity("SAAKH-FIU", "FIU"),
            null,
            new Messages.Customer(customerId + "@saakh-sim", null),
            List.of(
                new Messages.LinkedAccount(
                    "DEPOSIT", "FIP-1", "SAVINGS", linkRef(customerId), "XXXX1234")),
            null,
            null,
            null,
            null,
            null);
    return DetachedJws.signCompact(RebitJson.bytes(d), aaPrivate, AA);
  }

  /** A session opened under {@code c}, REQUESTED. */
  FiSessionStore.Session session(ConsentStore.Row c) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    FiSessionStore.Session s =
        new FiSessionStore.Session(
            "session-" + UUID.randomUUID(),
            c.consentId(),
            c.customerId(),
            Rebit.txnid(),
            now.minusYears(1),
            now,
            "REQUESTED",
            null,
            null,
            now,
            now);
    sessions.insert(s);
    return s;
  }

  static String now() {
    return Rebit.timestamp(Instant.now());
  }

  static Messages.ConsentNotification consentNotification(
      String txnid, Messages.Entity notifier, String consentId, String handle, String status) {
    return new Messages.ConsentNotification(
        Rebit.VERSION,
        now(),
        txnid,
        notifier,
        new Messages.ConsentStatusNotification(consentId, handle, status));
  }

  static Messages.FiNotification fiNotification(
      String txnid, Messages.Entity notifier, String sessionId, String status, String account) {
    return new Messages.FiNotification(
        Rebit.VERSION,
        now(),
        txnid,
        notifier,
        new Messages.FiStatusNotification(
            sessionId,
            status,
            List.of(
                new Messages.FipStatus(
                    "FIP-1", List.of(new Messages.AccountStatus(account, "PENDING", "not yet"))))));
  }

  static Messages.Entity aa() {
    return new Messages.Entity(AA, "AA");
  }

  /** The FIU's answer: HTTP status, body, its signature header. */
  record Answer(int status, String body, String signature) {
    JsonNode json() {
      try {
        return LakeJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** POSTs the message signed with the AA's key. */
  Answer notify(URI uri, Object message) {
    byte[] body = RebitJson.bytes(message);
    return post(uri, body, DetachedJws.sign(body, aaPrivate, AA), null);
  }

  /** POSTs the body signed with the AA's key. */
  Answer notifyRaw(URI uri, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return post(uri, bytes, DetachedJws.sign(bytes, aaPrivate, AA), null);
  }

  Answer post(URI uri, byte[] body, String signature, String apiKey) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      b.header(AaClient.SIGNATURE, signature);
    }
    if (apiKey != null) {
      b.header("aa_api_key", apiKey);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(), r.body(), r.headers().firstValue(AaClient.SIGNATURE).orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer is signed by the FIU, over exactly its body. */
  void assertSignedByFiu(Answer a) {
    assertThat(
            DetachedJws.check(
                a.signature(), a.body().getBytes(StandardCharsets.UTF_8), keys.fiuPublic()))
        .as("FIU signature of " + a.body())
        .isNull();
  }

  /** A signed ReBIT ErrorResponse with this status and code, echoing {@code txnid}. */
  JsonNode assertError(Answer a, int status, String code, String txnid) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    JsonNode j = a.json();
    assertThat(j.path("errorCode").asText()).as(a.body()).isEqualTo(code);
    assertThat(j.path("ver").asText()).isEqualTo(Rebit.VERSION);
    assertThat(j.path("errorMsg").asText()).isNotBlank();
    assertThat(j.hasNonNull("timestamp")).as(a.body()).isTrue();
    if (txnid != null) {
      assertThat(j.path("txnid").asText()).as(a.body()).isEqualTo(txnid);
    }
    assertSignedByFiu(a);
    return j;
  }

  /** A signed ReBIT NotificationResponse (200, OK) echoing {@code txnid}. */
  void assertOk(Answer a, String txnid) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode j = a.json();
    assertThat(j.path("response").asText()).isEqualTo("OK");
    assertThat(j.path("txnid").asText()).isEqualTo(txnid);
    assertThat(j.path("ver").asText()).isEqualTo(Rebit.VERSION);
    assertSignedByFiu(a);
  }
}
