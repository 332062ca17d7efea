package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole AA journey over HTTP, with the built-in AA + FIP simulator on the same server: the
 * underwriter asks for consent, the customer approves it at the AA, the AA notifies, the FIU
 * fetches the signed artefact, opens an FI session with its own X25519 key, takes the encrypted
 * data when notified, decrypts, stores (sealed), cleans and analyses it; the decision names the
 * consent and the FI data range and session. Then the customer pauses the consent at the AA and
 * every further use stops at once. Runs on H2 and on PostgreSQL.
 */
class AaFlowIT extends ServerIT {
  @AfterEach
  void resetSwitches() {
    send(null, java.net.http.HttpRequest.newBuilder(uri("/sim/aa/switches")).DELETE());
  }

  @Test
  void consentApproveNotifyFetchDecryptCleanAnalyseDecide() {
    String id = "CUST_MSM_00031";
    JsonNode asked = post(UNDERWRITER, "/api/v1/customers/" + id + "/aa/consents", "{}").json();
    assertThat(asked.path("status").asText()).as(asked.toString()).isEqualTo("PENDING");
    String handle = asked.path("consent_handle").asText();

    Reply approve = post(null, "/sim/aa/consents/" + handle + "/approve", "{}");
    assertThat(approve.status()).as(approve.body()).isEqualTo(200);

    JsonNode session = waitFor(id, s -> s.path("state").asText().equals("STORED"));
    assertThat(session.path("detail").asText()).contains("FI types: ").contains("DEPOSIT");
    JsonNode consent = get(UNDERWRITER, "/api/v1/customers/" + id + "/aa/consents").json().get(0);
    assertThat(consent.path("status").asText()).isEqualTo("ACTIVE");
    String consentId = consent.path("consent_id").asText();
    assertThat(session.path("consent_id").asText()).isEqualTo(consentId);

    JsonNode fetches = get(UNDERWRITER, "/api/v1/customers/" + id + "/fetches").json();
    assertThat(fetches.get(0).path("source").asText()).isEqualTo("AA");
    assertThat(fetches.get(0).path("analysed_at").isNull()).isFalse();
    JsonNode txns =
        get(UNDERWRITER, "/api/v1/customers/" + id + "/data/transactions?type=clean&limit=5")
            .json();
    assertThat(txns.path("total").asLong()).isPositive();
    assertThat(txns.path("consent_id").asText()).isEqualTo(consentId);

    Reply decided =
        post(
            UNDERWRITER,
            "/api/v1/customers/" + id + "/decisions",
            "{\"amount\": 500000, \"tenure_months\": 24}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    JsonNode record = decided.json();
    // a consent from the AA is never the messy lake record: the customer is decided, not stopped
    assertThat(record.has("decision")).as(decided.body()).isTrue();
    assertThat(record.at("/consent/id").asText()).isEqualTo(consentId);
    assertThat(record.at("/consent/fi_data_from").asText())
        .isEqualTo(consent.path("fi_data_from").asText());
    assertThat(record.at("/consent/fi_data_to").asText())
        .isEqualTo(consent.path("fi_data_to").asText());
    assertThat(record.at("/data/source").asText()).isEqualTo("AA");
    assertThat(record.at("/data/fetches/0/session_id").asText())
        .isEqualTo(session.path("session_id").asText());
    assertThat(record.at("/data/fetches/0/fi_data_from").asText()).isNotBlank();

    // The customer pauses the consent at the AA: the AA notifies, and use stops at once.
    Reply pause = post(null, "/sim/aa/consents/" + consentId + "/pause", "{}");
    assertThat(pause.status()).as(pause.body()).isEqualTo(200);
    waitForConsent(id, "PAUSED");
    get(UNDERWRITER, "/api/v1/customers/" + id + "/data/transactions?type=clean")
        .problem(403, "no-consent");
    post(UNDERWRITER, "/api/v1/customers/" + id + "/aa/sessions", "{}")
        .problem(403, "no-active-consent");
  }

  @Test
  void depositInXmlFromTheFipIsReadLikeJson() {
    String id = "CUST_CON_00031";
    Reply sw = post(null, "/sim/aa/switches", "{\"deposit_format\": \"xml\"}");
    assertThat(sw.status()).as(sw.body()).isEqualTo(200);
    String handle =
        post(
                UNDERWRITER,
                "/api/v1/customers/" + id + "/aa/consents",
                "{\"fi_types\": [\"DEPOSIT\"]}")
            .json()
            .path("consent_handle")
            .asText();
    post(null, "/sim/aa/consents/" + handle + "/approve", "{}");
    JsonNode session = waitFor(id, s -> s.path("state").asText().equals("STORED"));
    assertThat(session.path("detail").asText()).startsWith("FI types: DEPOSIT;");
    JsonNode txns =
        get(UNDERWRITER, "/api/v1/customers/" + id + "/data/transactions?type=clean&limit=1")
            .json();
    assertThat(txns.path("total").asLong()).isPositive();
    // GST was not consented to: none is held, and asking for it is refused
    get(UNDERWRITER, "/api/v1/customers/" + id + "/data/gst").problem(403, "outside-consent");
  }

  @Test
  void aRejectedConsentNeverFetches() {
    String id = "CUST_MSM_00032";
    String handle =
        post(UNDERWRITER, "/api/v1/customers/" + id + "/aa/consents", "{}")
            .json()
            .path("consent_handle")
            .asText();
    post(null, "/sim/aa/consents/" + handle + "/reject", "{}");
    waitForConsent(id, "REJECTED");
    post(UNDERWRITER, "/api/v1/customers/" + id + "/aa/sessions", "{}")
        .problem(403, "no-active-consent");
    assertThat(get(UNDERWRITER, "/api/v1/customers/" + id + "/aa/sessions").json()).isEmpty();
  }

  private JsonNode waitFor(String id, Predicate<JsonNode> done) {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < until) {
      last = get(UNDERWRITER, "/api/v1/customers/" + id + "/aa/sessions").json();
      for (JsonNode s : last) {
        if (done.test(s)) {
          return s;
        }
        assertThat(s.path("state").asText()).as(s.toString()).isNotIn("FAILED", "EXPIRED");
      }
      pause();
    }
    throw new AssertionError("no session of " + id + " got there in 90 s: " + last);
  }

  private void waitForConsent(String id, String status) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < until) {
      last = get(UNDERWRITER, "/api/v1/customers/" + id + "/aa/consents").json();
      if (last.size() > 0 && last.get(0).path("status").asText().equals(status)) {
        return;
      }
      pause();
    }
    throw new AssertionError("the consent of " + id + " is not " + status + ": " + last);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
