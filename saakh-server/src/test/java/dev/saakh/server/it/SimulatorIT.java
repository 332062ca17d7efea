package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.RebitDeposit;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.aa.crypto.FiCrypto;
import dev.saakh.server.aa.crypto.KeyMaterial;
import dev.saakh.server.aa.crypto.RsaKeys;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The built-in AA and FIP simulator over real HTTP, spoken to as the FIU does: signed requests,
 * signed answers, the consent lifecycle, an encrypted FI fetch, and each failure switch.
 */
class SimulatorIT extends ServerIT {
  private static final String CUSTOMER = "CUST_MSM_00009";

  @Autowired AaKeys keys;

  /** A signed answer: status, body, and whether its signature is the AA's. */
  record Signed(int status, JsonNode json, String body, boolean signedByAa) {
    String code() {
      return json.path("errorCode").asText();
    }
  }

  /** An approved consent. */
  record Active(String handle, String consentId, String signedConsent) {}

  @BeforeEach
  @AfterEach
  void resetSwitches() {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/sim/aa/switches")).DELETE();
    assertThat(send(null, b).status()).isEqualTo(200);
  }

  @Test
  void theWholeFlowDeliversTheGeneratedTransactionsEncrypted() throws Exception {
    String txnid = Rebit.txnid();
    Signed created = aa("/Consent", consentRequest(txnid, List.of("DEPOSIT", "GSTR1_3B")));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.signedByAa()).isTrue();
    assertThat(created.json().path("txnid").asText()).isEqualTo(txnid);
    assertThat(created.json().path("Customer").path("id").asText())
        .isEqualTo(CUSTOMER + "@saakh-sim");
    String handle = created.json().path("ConsentHandle").asText();
    assertThat(handleStatus(handle).path("ConsentStatus").path("status").asText())
        .isEqualTo("PENDING");

    Reply approved = post(null, "/sim/aa/consents/" + handle + "/approve", "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonNode status = handleStatus(handle).path("ConsentStatus");
    assertThat(status.path("status").asText()).isEqualTo("READY");
    String consentId = status.path("id").asText();
    assertThat(consentId).isEqualTo(approved.json().path("consentId").asText());

    Signed artefact = aa("/Consent/fetch", fetchConsent(consentId));
    assertThat(artefact.status()).as(artefact.body()).isEqualTo(200);
    assertThat(artefact.json().path("status").asText()).isEqualTo("ACTIVE");
    String signedConsent = artefact.json().path("signedConsent").asText();
    Messages.SignedConsentDetail detail =
        RebitJson.mapper()
            .readValue(
                DetachedJws.verifyCompact(signedConsent, keys.aaPublic()),
                Messages.SignedConsentDetail.class);
    assertThat(detail.customer().id()).isEqualTo(CUSTOMER + "@saakh-sim");
    assertThat(detail.dataProvider()).isEqualTo(new Messages.Entity("SAAKH-SIM-FIP", "FIP"));
    assertThat(detail.accounts()).isNotEmpty().allMatch(a -> a.fiType().equals("DEPOSIT"));

    FiCrypto.Party fiu = FiCrypto.ephemeral();
    String fiTxnid = Rebit.txnid();
    Signed session = aa("/FI/request", fiRequest(fiTxnid, consentId, signedConsent, fiu));
    assertThat(session.status()).as(session.body()).isEqualTo(200);
    assertThat(session.json().path("txnid").asText()).isEqualTo(fiTxnid);
    String sessionId = session.json().path("sessionId").asText();

    delivered(sessionId, fiu, detail);

    JsonNode notice = callback("/FI/Notification", fiTxnid);
    JsonNode n = RebitJson.mapper().readTree(notice.path("request").asText());
    assertThat(n.path("FIStatusNotification").path("sessionId").asText()).isEqualTo(sessionId);
    assertThat(n.path("FIStatusNotification").path("sessionStatus").asText())
        .isEqualTo("COMPLETED");
    assertThat(n.path("Notifier").path("id").asText()).isEqualTo("SAAKH-SIM-AA");
    assertThat(callbackAbout("/Consent/Notification", handle)).isNotNull();
  }

  @Test
  void aBadSignatureIsRefusedSigned() {
    String txnid = Rebit.txnid();
    byte[] body = RebitJson.bytes(consentRequest(txnid, List.of("DEPOSIT")));
    RSAPrivateKey stranger = (RSAPrivateKey) RsaKeys.generate().getPrivate();
    Signed r = raw("/Consent", body, DetachedJws.sign(body, stranger, "SAAKH-FIU"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(r.json().path("txnid").asText()).isEqualTo(txnid);
    assertThat(r.signedByAa()).isTrue();
    Signed none = raw("/Consent", body, null);
    assertThat(none.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(none.body()).doesNotContain("Exception");
  }

  @Test
  void badRequestsAreClearSignedErrors() {
    Signed missing =
        aa("/Consent", new Messages.ConsentRequest(Rebit.VERSION, now(), Rebit.txnid(), null));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("InvalidRequest");
    assertThat(missing.json().path("errorMsg").asText()).contains("ConsentDetail");
    Signed version =
        aa(
            "/Consent/handle",
            new Messages.ConsentHandleRequest("1.1.2", now(), Rebit.txnid(), "x"));
    assertThat(version.code()).isEqualTo("NoSuchVersion");
    Signed unknown = aa("/Consent/handle", handleRequest("no-such-handle"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("InvalidConsentHandle");
    assertThat(aa("/Consent/fetch", fetchConsent("nope")).code()).isEqualTo("InvalidConsentId");
    assertThat(fetchRaw("no-session").status()).isEqualTo(404);
    Signed junk = raw("/FI/fetch", "{junk".getBytes(StandardCharsets.UTF_8), null);
    assertThat(junk.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void aPausedConsentGivesNoDataUntilResumed() {
    Active c = activeConsent(List.of("DEPOSIT"));
    assertThat(post(null, "/sim/aa/consents/" + c.consentId() + "/pause", "").status())
        .isEqualTo(200);
    Signed refused = fiRequest(c, FiCrypto.ephemeral());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("InvalidConsentStatus");
    assertThat(aa("/Consent/fetch", fetchConsent(c.consentId())).json().path("status").asText())
        .isEqualTo("PAUSED");
    assertThat(post(null, "/sim/aa/consents/" + c.consentId() + "/resume", "").status())
        .isEqualTo(200);
    assertThat(fiRequest(c, FiCrypto.ephemeral()).status()).isEqualTo(200);
    assertThat(post(null, "/sim/aa/consents/" + c.consentId() + "/resume", "").status())
        .isEqualTo(409);
  }

  @Test
  void theFiuMayRevokeAndAnExpiredConsentRefuses() {
    Active c = activeConsent(List.of("DEPOSIT"));
    String txnid = Rebit.txnid();
    Signed ok =
        aa(
            "/Consent/Notification",
            new Messages.ConsentNotification(
                Rebit.VERSION,
                now(),
                txnid,
                new Messages.Entity("SAAKH-FIU", "FIU"),
                new Messages.ConsentStatusNotification(c.consentId(), null, "REVOKED")));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().path("txnid").asText()).isEqualTo(txnid);
    assertThat(fiRequest(c, FiCrypto.ephemeral()).code()).isEqualTo("InvalidConsentStatus");

    Active e = activeConsent(List.of("DEPOSIT"));
    assertThat(post(null, "/sim/aa/consents/" + e.consentId() + "/expire", "").status())
        .isEqualTo(200);
    assertThat(aa("/Consent/fetch", fetchConsent(e.consentId())).json().path("status").asText())
        .isEqualTo("EXPIRED");
  }

  @Test
  void aRejectedRequestHasNoConsentId() {
    String handle = create(List.of("DEPOSIT"));
    assertThat(post(null, "/sim/aa/consents/" + handle + "/reject", "").status()).isEqualTo(200);
    JsonNode s = handleStatus(handle).path("ConsentStatus");
    assertThat(s.path("status").asText()).isEqualTo("REJECTED");
    assertThat(s.has("id")).isFalse();
    assertThat(post(null, "/sim/aa/consents/" + handle + "/approve", "").status()).isEqualTo(409);
  }

  @Test
  void switchFipDeniedAndTimeoutSendNoData() throws Exception {
    switches("{\"fip_denied\": true}");
    Active c = activeConsent(List.of("DEPOSIT"));
    Signed s = fiRequest(c, FiCrypto.ephemeral());
    assertThat(statuses(s)).isNotEmpty().allMatch("DENIED"::equals);
    assertThat(fetch(s.json().path("sessionId").asText()).fi().get(0).data()).isEmpty();

    switches("{\"fip_denied\": false, \"timeout\": true}");
    Signed t = fiRequest(c, FiCrypto.ephemeral());
    assertThat(statuses(t)).isNotEmpty().allMatch("TIMEOUT"::equals);
    assertThat(notification(t).path("FIStatusNotification").path("sessionStatus").asText())
        .isEqualTo("FAILED");
  }

  @Test
  void switchPartialDeliversTheFirstAccountOnly() throws Exception {
    switches("{\"partial\": true}");
    Active c = activeConsent(List.of("DEPOSIT"));
    Signed s = fiRequest(c, FiCrypto.ephemeral());
    List<String> st = statuses(s);
    assertThat(st.get(0)).isEqualTo("READY");
    assertThat(st.subList(1, st.size())).allMatch("DENIED"::equals);
    assertThat(fetch(s.json().path("sessionId").asText()).fi().get(0).data()).hasSize(1);
  }

  @Test
  void switchesConsentExpiredAndRevoked() {
    switches("{\"consent_expired\": true}");
    Active c = activeConsent(List.of("DEPOSIT"));
    assertThat(fiRequest(c, FiCrypto.ephemeral()).code()).isEqualTo("InvalidConsentStatus");
    assertThat(aa("/Consent/fetch", fetchConsent(c.consentId())).json().path("status").asText())
        .isEqualTo("EXPIRED");
    switches("{\"consent_expired\": false, \"consent_revoked\": true}");
    Active r = activeConsent(List.of("DEPOSIT"));
    assertThat(fiRequest(r, FiCrypto.ephemeral()).code()).isEqualTo("InvalidConsentStatus");
    assertThat(aa("/Consent/fetch", fetchConsent(r.consentId())).json().path("status").asText())
        .isEqualTo("REVOKED");
  }

  @Test
  void switchFetchStatus() {
    Active c = activeConsent(List.of("DEPOSIT"));
    String session = fiRequest(c, FiCrypto.ephemeral()).json().path("sessionId").asText();
    for (int status : new int[] {403, 404, 410}) {
      switches("{\"fetch_status\": " + status + "}");
      Signed r = fetchRaw(session);
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.signedByAa()).isTrue();
      assertThat(r.code()).isNotBlank();
    }
    resetSwitches();
    assertThat(fetchRaw(session).status()).isEqualTo(200);
  }

  @Test
  void switchesThatBreakTheProtocol() {
    switches("{\"bad_signature\": true}");
    assertThat(aa("/Consent/handle", handleRequest("x")).signedByAa()).isFalse();
    switches("{\"bad_signature\": false, \"wrong_txnid\": true}");
    Messages.ConsentHandleRequest req = handleRequest("x");
    assertThat(aa("/Consent/handle", req).json().path("txnid").asText())
        .isNotEqualTo(req.txnid())
        .isNotBlank();
    switches("{\"wrong_txnid\": false, \"clock_skew_minutes\": 30}");
    Instant ts = Instant.parse(aa("/Consent/handle", req).json().path("timestamp").asText());
    assertThat(Duration.between(Instant.now(), ts).toMinutes()).isBetween(28L, 31L);
    Reply bad = post(null, "/sim/aa/switches", "{\"no_such\": true}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("no_such");
  }

  @Test
  void switchDepositFormatXmlAndAutoApprove() throws Exception {
    Reply set =
        post(null, "/sim/aa/switches", "{\"deposit_format\": \"xml\", \"auto_approve\": true}");
    assertThat(set.json().path("auto_approve").asBoolean()).isTrue();
    assertThat(get(null, "/sim/aa/switches").json().path("deposit_format").asText())
        .isEqualTo("xml");
    String handle = create(List.of("DEPOSIT"));
    JsonNode s = handleStatus(handle).path("ConsentStatus");
    assertThat(s.path("status").asText()).isEqualTo("READY");
    String id = s.path("id").asText();
    Active c =
        new Active(
            handle,
            id,
            aa("/Consent/fetch", fetchConsent(id)).json().path("signedConsent").asText());
    FiCrypto.Party fiu = FiCrypto.ephemeral();
    Messages.FipData fip = fetch(fiRequest(c, fiu).json().path("sessionId").asText()).fi().get(0);
    String doc =
        new String(
            FiCrypto.decrypt(fip.data().get(0).encryptedFi(), fiu, fip.keyMaterial()),
            StandardCharsets.UTF_8);
    assertThat(doc).contains("<Account xmlns=\"http://api.rebit.org.in/FISchema/deposit\"");
  }

  @Test
  void thePageAndTheListsShowTheConsents() {
    String handle = create(List.of("DEPOSIT"));
    Reply page = get(null, "/sim/aa/ui");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains(handle).contains("/sim/aa/consents/" + handle + "/approve");
    assertThat(page.body()).doesNotContain("<script");
    Reply form =
        send(
            null,
            HttpRequest.newBuilder(uri("/sim/aa/consents/" + handle + "/approve"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=ui")));
    assertThat(form.status()).isEqualTo(303);
    JsonNode list = get(null, "/sim/aa/consents").json().path("consents");
    boolean found = false;
    for (JsonNode c : list) {
      found |=
          c.path("consentHandle").asText().equals(handle)
              && c.path("handleStatus").asText().equals("READY");
    }
    assertThat(found).isTrue();
    assertThat(get(null, "/sim/aa/callbacks").json().path("callbacks").isArray()).isTrue();
    Signed beat = heartbeat();
    assertThat(beat.json().path("Status").asText()).isEqualTo("UP");
    assertThat(beat.signedByAa()).isTrue();
  }

  @Test
  void theFiuRunsItsOwnFlowAgainstTheSimulator() {
    String customer = "CUST_MSM_00010";
    Reply asked = post(UNDERWRITER, "/api/v1/customers/" + customer + "/aa/consents", "{}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String handle = asked.json().path("consent_handle").asText();
    Reply approved = post(null, "/sim/aa/consents/" + handle + "/approve", "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    String consentId = approved.json().path("consentId").asText();
    JsonNode accepted = callbackAbout("/Consent/Notification", handle);
    assertThat(accepted).isNotNull();
    assertThat(accepted.path("status").asInt()).as(accepted.toString()).isEqualTo(200);
    String state = "";
    JsonNode sessions = null;
    for (int i = 0; i < 300 && !state.equals("STORED"); i++) {
      sessions = get(UNDERWRITER, "/api/v1/customers/" + customer + "/aa/sessions").json();
      state = sessions.path(0).path("state").asText();
      if (state.equals("FAILED")) {
        break;
      }
      pause();
    }
    assertThat(state).as(String.valueOf(sessions)).isEqualTo("STORED");
    assertThat(sessions.path(0).path("consent_id").asText()).isEqualTo(consentId);
    JsonNode fiNotice =
        callbackAbout("/FI/Notification", sessions.path(0).path("session_id").asText());
    assertThat(fiNotice.path("status").asInt()).as(fiNotice.toString()).isEqualTo(200);
  }

  // --- helpers ---

  /** The session's data decrypts to the generated transactions and GST lines. */
  private void delivered(String sessionId, FiCrypto.Party fiu, Messages.SignedConsentDetail detail)
      throws Exception {
    Messages.FiFetchResponse fetched = fetch(sessionId);
    Messages.FipData fip = fetched.fi().get(0);
    RebitDeposit deposit = new RebitDeposit(CUSTOMER);
    List<String> gst = new ArrayList<>();
    for (Messages.EncryptedFi e : fip.data()) {
      byte[] doc = FiCrypto.decrypt(e.encryptedFi(), fiu, fip.keyMaterial());
      if (e.linkRefNumber().equals("GSTR1_3B-" + CUSTOMER)) {
        RebitJson.mapper()
            .readTree(doc)
            .path("Saakh")
            .path("records")
            .forEach(r -> gst.add(r.asText()));
      } else {
        assertThat(detail.accounts()).anyMatch(a -> a.linkRefNumber().equals(e.linkRefNumber()));
        deposit.add(doc, e.linkRefNumber());
      }
    }
    assertThat(deposit.transactions()).isPositive();
    assertThat(deposit.rawLines().get(Dataset.ACCOUNTS)).hasSize(detail.accounts().size());
    assertThat(gst).isNotEmpty();
  }

  private Messages.ConsentRequest consentRequest(String txnid, List<String> fiTypes) {
    Instant now = Instant.now();
    return new Messages.ConsentRequest(
        Rebit.VERSION,
        now(),
        txnid,
        new Messages.ConsentDetail(
            Rebit.timestamp(now),
            Rebit.timestamp(now.plus(Duration.ofDays(180))),
            "STORE",
            "ONETIME",
            List.of("PROFILE", "SUMMARY", "TRANSACTIONS"),
            fiTypes,
            new Messages.Entity("SAAKH-FIU", "FIU"),
            new Messages.Customer(CUSTOMER + "@saakh-sim", null),
            new Messages.Purpose(
                "103",
                "https://api.rebit.org.in/aa/purpose/103.xml",
                "Underwriting",
                new Messages.Category("string")),
            new Messages.Range(
                Rebit.timestamp(now.minus(Duration.ofDays(730))), Rebit.timestamp(now)),
            new Messages.Span("MONTH", 6),
            new Messages.Span("MONTH", 1),
            null));
  }

  private String create(List<String> fiTypes) {
    Signed r = aa("/Consent", consentRequest(Rebit.txnid(), fiTypes));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("ConsentHandle").asText();
  }

  private Active activeConsent(List<String> fiTypes) {
    String handle = create(fiTypes);
    Reply a = post(null, "/sim/aa/consents/" + handle + "/approve", "");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    String id = a.json().path("consentId").asText();
    String signed = aa("/Consent/fetch", fetchConsent(id)).json().path("signedConsent").asText();
    return new Active(handle, id, signed);
  }

  private Messages.ConsentHandleRequest handleRequest(String handle) {
    return new Messages.ConsentHandleRequest(Rebit.VERSION, now(), Rebit.txnid(), handle);
  }

  private JsonNode handleStatus(String handle) {
    Signed r = aa("/Consent/handle", handleRequest(handle));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private Messages.ConsentFetchRequest fetchConsent(String id) {
    return new Messages.ConsentFetchRequest(Rebit.VERSION, now(), Rebit.txnid(), id);
  }

  private Messages.FiRequest fiRequest(
      String txnid, String consentId, String signedConsent, FiCrypto.Party fiu) {
    Instant now = Instant.now();
    KeyMaterial km = FiCrypto.keyMaterial(fiu, now.plus(Duration.ofDays(1)));
    return new Messages.FiRequest(
        Rebit.VERSION,
        now(),
        txnid,
        new Messages.Range(
            Rebit.timestamp(now.minus(Duration.ofDays(365))),
            Rebit.timestamp(now.minus(Duration.ofDays(1)))),
        new Messages.ConsentRef(
            consentId, signedConsent.substring(signedConsent.lastIndexOf('.') + 1)),
        km);
  }

  private Signed fiRequest(Active c, FiCrypto.Party fiu) {
    return aa("/FI/request", fiRequest(Rebit.txnid(), c.consentId(), c.signedConsent(), fiu));
  }

  private Signed fetchRaw(String sessionId) {
    return aa(
        "/FI/fetch",
        new Messages.FiFetchRequest(Rebit.VERSION, now(), Rebit.txnid(), sessionId, null, null));
  }

  private Messages.FiFetchResponse fetch(String sessionId) throws IOException {
    Signed r = fetchRaw(sessionId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.signedByAa()).isTrue();
    return RebitJson.mapper().readValue(r.body(), Messages.FiFetchResponse.class);
  }

  private List<String> statuses(Signed fiResponse) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode fip :
        notification(fiResponse).path("FIStatusNotification").path("FIStatusResponse")) {
      fip.path("Accounts").forEach(a -> out.add(a.path("FIStatus").asText()));
    }
    return out;
  }

  private JsonNode notification(Signed fiResponse) throws IOException {
    assertThat(fiResponse.status()).as(fiResponse.body()).isEqualTo(200);
    String txnid = fiResponse.json().path("txnid").asText();
    return RebitJson.mapper()
        .readTree(callback("/FI/Notification", txnid).path("request").asText());
  }

  /** The recorded callback to {@code path} with {@code txnid}, waited for. */
  private JsonNode callback(String path, String txnid) {
    for (int i = 0; i < 100; i++) {
      for (JsonNode c : get(null, "/sim/aa/callbacks").json().path("callbacks")) {
        if (c.path("url").asText().endsWith(path) && c.path("txnid").asText().equals(txnid)) {
          return c;
        }
      }
      pause();
    }
    throw new AssertionError("no callback to " + path + " with txnid " + txnid);
  }

  private JsonNode callbackAbout(String path, String text) {
    for (int i = 0; i < 100; i++) {
      for (JsonNode c : get(null, "/sim/aa/callbacks").json().path("callbacks")) {
        if (c.path("url").asText().endsWith(path) && c.path("request").asText().contains(text)) {
          return c;
        }
      }
      pause();
    }
    return null;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void switches(String json) {
    Reply r = post(null, "/sim/aa/switches", json);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private static String now() {
    return Rebit.now(Clock.systemUTC());
  }

  private Signed aa(String path, Object message) {
    byte[] body = RebitJson.bytes(message);
    return raw(path, body, DetachedJws.sign(body, keys.fiuPrivate(), "SAAKH-FIU"));
  }

  private Signed raw(String path, byte[] body, String signature) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("/sim/aa" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      b.header(AaClient.SIGNATURE, signature);
    }
    return signed(b);
  }

  private Signed heartbeat() {
    return signed(HttpRequest.newBuilder(uri("/sim/aa/Heartbeat")).GET());
  }

  private Signed signed(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      String sig = r.headers().firstValue(AaClient.SIGNATURE).orElse(null);
      boolean ok = DetachedJws.check(sig, r.body(), keys.aaPublic()) == null;
      String text = new String(r.body(), StandardCharsets.UTF_8);
      return new Signed(r.statusCode(), RebitJson.mapper().readTree(r.body()), text, ok);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
