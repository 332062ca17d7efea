package dev.saakh.server.fetch;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.consent.ConsentService;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.FiSessionStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The underwriter's side of the AA flow, {@code /api/v1/customers/{id}/aa/…}: ask for a consent,
 * follow it, revoke it, open an FI data session and fetch it. With {@code saakh.aa.auto-fetch} the
 * AA's notifications drive the rest (artefact, FI request, fetch, clean, analyse); these routes do
 * each step by hand too.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Account Aggregator", description = "consent and FI data through the AA (ReBIT 2.0.0)")
class AaApi {
  private final ConsentService consents;
  private final FetchService fetch;
  private final AaClient aa;

  AaApi(ConsentService consents, FetchService fetch, AaClient aa) {
    this.consents = consents;
    this.fetch = fetch;
    this.aa = aa;
  }

  @PostMapping(
      path = "/customers/{customerId}/aa/consents",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Ask the AA for the customer's consent (POST /Consent); PENDING until the customer acts")
  Map<String, Object> request(
      @PathVariable String customerId, @RequestBody(required = false) ConsentService.Ask ask) {
    return view(consents.request(Caller.current(), customerId, ask));
  }

  @GetMapping("/customers/{customerId}/aa/consents")
  @Operation(summary = "The customer's consent requests and their status")
  List<Map<String, Object>> list(@PathVariable String customerId) {
    return consents.consents(Caller.current(), customerId).stream().map(AaApi::view).toList();
  }

  @PostMapping("/customers/{customerId}/aa/consents/{handle}/refresh")
  @Operation(
      summary = "Ask the AA what became of a request (POST /Consent/handle, then /Consent/fetch)")
  Map<String, Object> refresh(@PathVariable String customerId, @PathVariable String handle) {
    ConsentStore.Row row = consents.held(handle);
    if (!row.customerId().equals(customerId)) {
      throw dev.saakh.server.api.ApiException.notFound(
          "no-such-consent", "no consent request " + handle + " for " + customerId);
    }
    return view(consents.refresh(Caller.current(), handle));
  }

  @PostMapping("/customers/{customerId}/aa/consents/{consentId}/revoke")
  @Operation(summary = "Revoke a consent here and tell the AA (POST /Consent/Notification)")
  Map<String, Object> revoke(@PathVariable String customerId, @PathVariable String consentId) {
    return view(consents.revoke(Caller.current(), customerId, consentId));
  }

  @PostMapping("/customers/{customerId}/aa/sessions")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Open an FI data session under the ACTIVE consent (POST /FI/request)")
  Map<String, Object> session(@PathVariable String customerId) {
    return view(fetch.request(Caller.current(), customerId));
  }

  @GetMapping("/customers/{customerId}/aa/sessions")
  @Operation(summary = "The customer's FI data sessions")
  List<Map<String, Object>> sessions(@PathVariable String customerId) {
    return fetch.sessions(Caller.current(), customerId).stream().map(AaApi::view).toList();
  }

  @PostMapping("/customers/{customerId}/aa/sessions/{sessionId}/fetch")
  @Operation(summary = "Fetch, decrypt, store, clean and analyse a session's data (POST /FI/fetch)")
  Map<String, Object> fetch(@PathVariable String customerId, @PathVariable String sessionId) {
    FiSessionStore.Session s = fetch.fetch(Caller.current(), checked(customerId, sessionId));
    return view(s);
  }

  @GetMapping("/aa/heartbeat")
  @Operation(summary = "The AA's status (GET /Heartbeat, signature checked)")
  Map<String, Object> heartbeat() {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      Messages.HeartbeatResponse h = aa.heartbeat();
      out.put("status", h.status());
      out.put("timestamp", h.timestamp());
    } catch (RebitException e) {
      out.put("status", "DOWN");
      out.put("error", e.getMessage());
    }
    return out;
  }

  private String checked(String customerId, String sessionId) {
    boolean ours =
        fetch.sessions(Caller.current(), customerId).stream()
            .anyMatch(s -> s.sessionId().equals(sessionId));
    if (!ours) {
      throw dev.saakh.server.api.ApiException.notFound(
          "no-such-session", "no FI data session " + sessionId + " for " + customerId);
    }
    return sessionId;
  }

  static Map<String, Object> view(ConsentStore.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("consent_handle", r.consentHandle());
    m.put("consent_id", r.consentId());
    m.put("customer_id", r.customerId());
    m.put("status", r.status());
    m.put("status_at", r.statusAt());
    m.put("aa_id", r.aaId());
    m.put("aa_customer_id", r.aaCustomerId());
    if (r.artefact() != null) {
      ConsentArtefact a = ConsentStore.artefact(r);
      m.put("fi_types", a.fiTypes());
      m.put("fi_data_from", a.fiDataFrom());
      m.put("fi_data_to", a.fiDataTo());
      m.put("consent_expiry", a.consentExpiry());
      m.put("fetch_type", a.fetchType());
      m.put("data_life", a.dataLifeValue() + " " + a.dataLifeUnit());
    }
    m.put("created_by", r.createdBy());
    m.put("created_at", r.createdAt());
    m.put("last_fetch_at", r.lastFetchAt());
    return m;
  }

  static Map<String, Object> view(FiSessionStore.Session s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("session_id", s.sessionId());
    m.put("consent_id", s.consentId());
    m.put("customer_id", s.customerId());
    m.put("state", s.state());
    m.put("fi_data_from", s.dataFrom());
    m.put("fi_data_to", s.dataTo());
    m.put("detail", s.detail());
    m.put("requested_at", s.requestedAt());
    m.put("updated_at", s.updatedAt());
    return m;
  }
}
