package dev.saakh.server.fetch;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.statement.StatementException;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.crypto.FiCrypto;
import dev.saakh.server.aa.crypto.FiCryptoException;
import dev.saakh.server.aa.crypto.KeyMaterial;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.consent.ConsentService;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.AtRest;
import dev.saakh.server.store.FiSessionStore;
import dev.saakh.server.store.FiSessionStore.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * FI data through the AA for one customer: a session under the consent ({@code POST /FI/request},
 * with a fresh X25519 key and nonce), the encrypted data ({@code POST /FI/fetch}) decrypted with
 * it, decoded, stored as the customer's raw data, cleaned and analysed. Data is never asked for, or
 * fetched, under a consent that is not ACTIVE here at that moment (a PAUSED, REVOKED or EXPIRED
 * notification stops it), and an answer for another consent, session or customer is discarded.
 */
@Service
public class FetchService {
  private final AaClient aa;
  private final ConsentService consents;
  private final ConsentStore consentStore;
  private final FiSessionStore sessions;
  private final CustomerService customers;
  private final Profiles profiles;
  private final AtRest atRest;
  private final AuditLog audit;
  private final Clock clock;

  FetchService(
      AaClient aa,
      ConsentService consents,
      ConsentStore consentStore,
      FiSessionStore sessions,
      CustomerService customers,
      Profiles profiles,
      AtRest atRest,
      AuditLog audit,
      Clock clock) {
    this.aa = aa;
    this.consents = consents;
    this.consentStore = consentStore;
    this.sessions = sessions;
    this.customers = customers;
    this.profiles = profiles;
    this.atRest = atRest;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens a session under the customer's ACTIVE consent (403 when there is none). */
  public Session request(Caller who, String customerId) {
    String id = CustomerService.requireId(customerId);
    ConsentStore.Row c =
        consents
            .active(id)
            .orElseThrow(
                () -> {
                  String why = why(id);
                  audit.record(AuditEntry.of(who, id, "aa.fi.request").denied(why));
                  return ApiException.forbidden("no-active-consent", why);
                });
    return request(who, c);
  }

  /** {@code POST /FI/request} under {@code c}, which must be ACTIVE and current now. */
  Session request(Caller who, ConsentStore.Row c) {
    AuditEntry entry =
        AuditEntry.of(who, c.customerId(), "aa.fi.request").consent(c.consentId(), 103);
    ConsentStore.Row now = consentStore.byHandle(c.consentHandle()).orElseThrow();
    if (!"ACTIVE".equals(now.status()) || now.artefact() == null) {
      String why =
          "consent " + c.consentId() + " is " + now.status() + ": no data is requested under it";
      audit.record(entry.denied(why));
      throw ApiException.forbidden("consent-not-active", why);
    }
    ConsentArtefact a = ConsentStore.artefact(now);
    OffsetDateTime from = a.fiDataFrom().atStartOfDay(Underwriting.IST).toOffsetDateTime();
    OffsetDateTime to =
        a.fiDataTo()
            .plusDays(1)
            .atStartOfDay(Underwriting.IST)
            .toOffsetDateTime()
            .minusNanos(1_000_000);
    FiCrypto.Party party = FiCrypto.ephemeral();
    KeyMaterial km = FiCrypto.keyMaterial(party, clock.instant().plus(Duration.ofDays(1)));
    String[] jws = now.signedConsent().split("\\.", -1);
    String txnid = Rebit.txnid();
    Messages.FiRequest req =
        new Messages.FiRequest(
            Rebit.VERSION,
            Rebit.now(clock),
            txnid,
            new Messages.Range(Rebit.timestamp(from.toInstant()), Rebit.timestamp(to.toInstant())),
            new Messages.ConsentRef(now.consentId(), jws.length == 3 ? jws[2] : ""),
            km);
    Messages.FiResponse r = post(req, now.consentId(), entry);
    OffsetDateTime at = OffsetDateTime.now(clock);
    Session s =
        new Session(
            r.sessionId(),
            now.consentId(),
            now.customerId(),
            txnid,
            from,
            to,
            "REQUESTED",
            atRest.seal(FiCrypto.exportParty(party)),
            null,
            at,
            at);
    sessions.insert(s);
    audit.record(
        entry.detail(
            "session " + r.sessionId() + ", FI data " + a.fiDataFrom() + " to " + a.fiDataTo()));
    return s;
  }

  private Messages.FiResponse post(Messages.FiRequest req, String consentId, AuditEntry entry) {
    try {
      Messages.FiResponse r = aa.post("/FI/request", req, req.txnid(), Messages.FiResponse.class);
      if (!consentId.equals(r.consentId()) || r.sessionId() == null || r.sessionId().isBlank()) {
        throw RebitException.discarded(
            "the AA's answer to /FI/request is for consent "
                + r.consentId()
                + " / session "
                + r.sessionId()
                + ", not consent "
                + consentId,
            req.txnid());
      }
      return r;
    } catch (RebitException e) {
      audit.record(entry.failed(e.getMessage()));
      throw e.problem();
    }
  }

  /**
   * {@code POST /FI/fetch} for the session, then decrypt, decode, store, clean and analyse. The
   * consent must still be ACTIVE; the session must not be stored, failed or expired already.
   */
  public Session fetch(Caller who, String sessionId) {
    Session s =
        sessions
            .find(sessionId)
            .orElseThrow(
                () -> ApiException.notFound("no-such-session", "no FI data session " + sessionId));
    AuditEntry entry =
        AuditEntry.of(who, s.customerId(), "aa.fi.fetch").consent(s.consentId(), 103);
    ConsentStore.Row c = consentStore.byId(s.consentId()).orElseThrow();
    if (!"ACTIVE".equals(c.status())) {
      String why = "consent " + c.consentId() + " is " + c.status() + ": its data is not fetched";
      sessions.move(
          sessionId, List.of("REQUESTED", "READY"), "FAILED", why, OffsetDateTime.now(clock));
      audit.record(entry.denied(why));
      throw ApiException.forbidden("consent-not-active", why);
    }
    if (!List.of("REQUESTED", "READY").contains(s.state())) {
      throw ApiException.conflict(
          "session-" + s.state().toLowerCase(java.util.Locale.ROOT),
          "session " + sessionId + " is " + s.state() + "; open a new one");
    }
    FiDocuments docs;
    try {
      docs = fetchAndDecode(s, c);
    } catch (RebitException e) {
      sessions.move(
          sessionId,
          List.of("REQUESTED", "READY"),
          "FAILED",
          e.getMessage(),
          OffsetDateTime.now(clock));
      audit.record(entry.failed(e.getMessage()));
      throw e.problem();
    }
    Map<Dataset, List<RawLine>> raw = new java.util.EnumMap<>(docs.raw());
    raw.put(Dataset.CONSENTS, List.of(RawLine.of(1, c.artefact())));
    raw.put(Dataset.CUSTOMERS, profiles.of(s.customerId()));
    customers.storeFetched(who, s.customerId(), s.consentId(), sessionId, raw);
    String detail =
        "FI types: "
            + String.join(", ", docs.fiTypes())
            + "; "
            + docs.documents()
            + " documents, "
            + docs.transactions()
            + " transactions";
    OffsetDateTime at = OffsetDateTime.now(clock);
    sessions.move(sessionId, List.of("REQUESTED", "READY"), "FETCHED", detail, at);
    consentStore.fetched(s.consentId(), at);
    audit.record(entry.detail("session " + sessionId + ": " + detail));
    String outcome = "; cleaned and analysed";
    try {
      customers.clean(who, s.customerId());
      customers.analyze(who, s.customerId());
    } catch (ApiException e) {
      outcome = "; not analysed: " + e.getMessage();
    }
    // STORED (and the key erased) once the data is usable: a decision names this session
    sessions.stored(sessionId, detail + outcome, OffsetDateTime.now(clock));
    return sessions.find(sessionId).orElseThrow();
  }

  private FiDocuments fetchAndDecode(Session s, ConsentStore.Row c) {
    FiCrypto.Party ours;
    try {
      ours = FiCrypto.importParty(atRest.open(s.keyMaterial()));
    } catch (FiCryptoException e) {
      throw new IllegalStateException("the key of session " + s.sessionId() + " is unreadable", e);
    }
    String txnid = Rebit.txnid();
    Messages.FiFetchResponse r =
        aa.post(
            "/FI/fetch",
            new Messages.FiFetchRequest(
                Rebit.VERSION, Rebit.now(clock), txnid, s.sessionId(), null, null),
            txnid,
            Messages.FiFetchResponse.class);
    if (r.fi() == null || r.fi().isEmpty()) {
      throw discarded("the AA's answer to /FI/fetch holds no FI data");
    }
    ConsentArtefact a = ConsentStore.artefact(c);
    Set<FiType> allowed =
        a.fiTypes().isEmpty() ? EnumSet.noneOf(FiType.class) : EnumSet.copyOf(a.fiTypes());
    Set<String> linked = LinkedAccounts.of(c.signedConsent());
    FiDocuments docs = new FiDocuments(s.customerId(), allowed);
    for (Messages.FipData fip : r.fi()) {
      if (fip.keyMaterial() == null || fip.data() == null) {
        throw discarded("FIP " + fip.fipId() + "'s data has no KeyMaterial or no data");
      }
      expiry(fip);
      for (Messages.EncryptedFi d : fip.data()) {
        String source = "FIP " + fip.fipId() + " account " + d.linkRefNumber();
        if (!linked.isEmpty()
            && !linked.contains(d.linkRefNumber())
            && (d.linkRefNumber() == null || !d.linkRefNumber().endsWith("-" + s.customerId()))) {
          throw discarded(
              source + " is not an account the customer linked to consent " + c.consentId());
        }
        byte[] plain;
        try {
          plain = FiCrypto.decrypt(d.encryptedFi(), ours, fip.keyMaterial());
        } catch (FiCryptoException e) {
          throw discarded(source + " does not decrypt: " + e.getMessage());
        }
        try {
          docs.add(plain, source);
        } catch (StatementException e) {
          throw discarded(e.getMessage());
        }
      }
    }
    return docs;
  }

  /** The FIP's key material must say until when it is valid, and still be (as the reference). */
  private void expiry(Messages.FipData fip) {
    String text =
        fip.keyMaterial().dhPublicKey() == null ? null : fip.keyMaterial().dhPublicKey().expiry();
    java.time.Instant until;
    try {
      until = Rebit.instant(text, "DHPublicKey.expiry", null);
    } catch (RebitException e) {
      throw discarded("FIP " + fip.fipId() + "'s key material: " + e.getMessage());
    }
    if (!until.isAfter(clock.instant())) {
      throw discarded("FIP " + fip.fipId() + "'s key material expired at " + text);
    }
  }

  /** Why the customer has no ACTIVE consent to fetch under. */
  private String why(String id) {
    List<ConsentStore.Row> rows = consentStore.byCustomer(id);
    if (rows.isEmpty()) {
      return "no consent has been requested through the AA for " + id;
    }
    ConsentStore.Row newest = rows.get(0);
    return "the newest consent for "
        + id
        + " (handle "
        + newest.consentHandle()
        + ") is "
        + newest.status();
  }

  private static RebitException discarded(String why) {
    return RebitException.discarded("FI data discarded: " + why, null);
  }

  /** The customer's sessions, audited. */
  public List<Session> sessions(Caller who, String customerId) {
    String id = CustomerService.requireId(customerId);
    audit.record(AuditEntry.of(who, id, "aa.fi.sessions"));
    return sessions.byCustomer(id);
  }
}
