package dev.saakh.server.consent;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.aa.crypto.FiCryptoException;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Consents through the AA: ask ({@code POST /Consent}), follow ({@code /Consent/handle}), fetch and
 * verify the signed artefact ({@code /Consent/fetch}), revoke ({@code POST /Consent/Notification}
 * to the AA). Every step is audited; a consent is used only once its artefact verified with the
 * AA's key and matched what was asked.
 */
@Service
public class ConsentService {
  /** Statuses under which the FIU never asks for data (Sahamati scenarios 1016–1018, 1034–1035). */
  public static final List<String> STOPPED =
      List.of("PAUSED", "REVOKED", "EXPIRED", "REJECTED", "FAILED");

  private final AaClient aa;
  private final AaSettings settings;
  private final AaKeys keys;
  private final ConsentStore store;
  private final AuditLog audit;
  private final Clock clock;

  public ConsentService(
      AaClient aa,
      AaSettings settings,
      AaKeys keys,
      ConsentStore store,
      AuditLog audit,
      Clock clock) {
    this.aa = aa;
    this.settings = settings;
    this.keys = keys;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What the underwriter asks the customer to consent to; every field may be left out.
   *
   * @param fiTypes default: every FI type Saakh reads (GSTR1_3B for MSMEs only)
   * @param from first day of FI data, default 36 months before {@code to}
   * @param to last day, default today
   * @param fetchType ONETIME (default) or PERIODIC (fetched again every {@code Frequency})
   * @param aaCustomerId the customer's id at the AA, default {@code <customer id>@saakh-sim}
   */
  public record Ask(
      List<String> fiTypes,
      LocalDate from,
      LocalDate to,
      String fetchType,
      String aaCustomerId,
      Integer validityMonths,
      Integer dataLifeMonths,
      Integer frequencyDays) {}

  /** POST /Consent for the customer; the new request (PENDING until the customer acts). */
  public ConsentStore.Row request(Caller who, String customerId, Ask ask) {
    String id = CustomerService.requireId(customerId);
    Messages.ConsentDetail detail =
        detail(id, ask == null ? new Ask(null, null, null, null, null, null, null, null) : ask);
    String txnid = Rebit.txnid();
    Messages.ConsentRequest req =
        new Messages.ConsentRequest(Rebit.VERSION, Rebit.now(clock), txnid, detail);
    AuditEntry entry = AuditEntry.of(who, id, "aa.consent.request");
    Messages.ConsentResponse r;
    try {
      r = aa.post("/Consent", req, txnid, Messages.ConsentResponse.class);
      if (r.customer() == null || !detail.customer().id().equals(r.customer().id())) {
        throw RebitException.discarded(
            "the AA's answer to /Consent names customer "
                + (r.customer() == null ? "none" : r.customer().id())
                + ", not "
                + detail.customer().id(),
            txnid);
      }
      if (r.consentHandle() == null || r.consentHandle().isBlank()) {
        throw RebitException.discarded("the AA's answer to /Consent has no ConsentHandle", txnid);
      }
    } catch (RebitException e) {
      audit.record(entry.failed(e.getMessage()));
      throw e.problem();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ConsentStore.Row row =
        new ConsentStore.Row(
            r.consentHandle(),
            null,
            id,
            settings.aaId(),
            detail.customer().id(),
            txnid,
            "PENDING",
            now,
            new String(RebitJson.bytes(detail), StandardCharsets.UTF_8),
            null,
            null,
            who.name(),
            now,
            null);
    store.insert(row);
    audit.record(entry.detail("handle " + r.consentHandle() + ", FI types " + detail.fiTypes()));
    return row;
  }

  /**
   * Asks the AA what became of the request ({@code /Consent/handle}); once READY, fetches and
   * verifies the artefact. Returns the consent as now held.
   */
  public ConsentStore.Row refresh(Caller who, String handle) {
    ConsentStore.Row row = held(handle);
    AuditEntry entry = AuditEntry.of(who, row.customerId(), "aa.consent.refresh");
    try {
      String txnid = Rebit.txnid();
      Messages.ConsentHandleResponse h =
          aa.post(
              "/Consent/handle",
              new Messages.ConsentHandleRequest(Rebit.VERSION, Rebit.now(clock), txnid, handle),
              txnid,
              Messages.ConsentHandleResponse.class);
      if (!handle.equals(h.consentHandle()) || h.consentStatus() == null) {
        throw RebitException.discarded(
            "the AA's answer to /Consent/handle is for handle "
                + h.consentHandle()
                + ", not "
                + handle,
            txnid);
      }
      String status = h.consentStatus().status();
      if ("READY".equals(status) || "APPROVED".equals(status)) {
        fetchArtefact(row, h.consentStatus().id());
      } else if (row.consentId() == null && status != null && !status.equals(row.status())) {
        store.status(handle, status, OffsetDateTime.now(clock));
      }
    } catch (RebitException e) {
      audit.record(entry.failed(e.getMessage()));
      throw e.problem();
    }
    ConsentStore.Row now = held(handle);
    audit.record(entry.consent(now.consentId(), 103).detail("status " + now.status()));
    return now;
  }

  /** {@code /Consent/fetch}: the signed artefact, verified and matched to the request, stored. */
  private void fetchArtefact(ConsentStore.Row row, String consentId) {
    if (consentId == null || consentId.isBlank()) {
      throw RebitException.discarded("the AA says READY but gives no consent id", null);
    }
    String txnid = Rebit.txnid();
    Messages.ConsentArtefact a =
        aa.post(
            "/Consent/fetch",
            new Messages.ConsentFetchRequest(Rebit.VERSION, Rebit.now(clock), txnid, consentId),
            txnid,
            Messages.ConsentArtefact.class);
    checkEnvelope(a, consentId, txnid);
    byte[] payload;
    try {
      payload = DetachedJws.verifyCompact(a.signedConsent(), keys.aaPublic());
    } catch (FiCryptoException e) {
      throw RebitException.discarded(
          "the signed consent does not verify with the AA's key: " + e.getMessage(), txnid);
    }
    Messages.ConsentDetail asked =
        RebitJson.read(
            row.requested().getBytes(StandardCharsets.UTF_8),
            Messages.ConsentDetail.class,
            "the request");
    ConsentArtefact artefact;
    try {
      Messages.SignedConsentDetail signed =
          RebitJson.read(payload, Messages.SignedConsentDetail.class, "the signed consent");
      artefact =
          Artefacts.of(consentId, row.customerId(), a.status(), signed, asked, settings.fiuId());
    } catch (RebitException e) {
      // whatever is wrong with what the AA signed, the answer is discarded, never half-used
      throw RebitException.discarded("the signed consent: " + e.getMessage(), txnid);
    }
    if (store
        .byId(consentId)
        .filter(o -> !o.consentHandle().equals(row.consentHandle()))
        .isPresent()) {
      throw RebitException.discarded(
          "consent id " + consentId + " is already held for another request", txnid);
    }
    store.approved(
        row.consentHandle(),
        consentId,
        a.signedConsent(),
        lake(artefact),
        a.status(),
        OffsetDateTime.now(clock));
  }

  /** The artefact answer is for this request and consent, with a readable createTimestamp. */
  private static void checkEnvelope(Messages.ConsentArtefact a, String consentId, String txnid) {
    if (!Rebit.VERSION.equals(a.ver()) || !txnid.equals(a.txnid())) {
      throw RebitException.discarded(
          "the AA's consent artefact has version "
              + a.ver()
              + " / txnid "
              + a.txnid()
              + " (asked "
              + txnid
              + ")",
          txnid);
    }
    if (!consentId.equals(a.consentId())) {
      throw RebitException.discarded(
          "the AA's consent artefact is " + a.consentId() + ", not " + consentId, txnid);
    }
    try {
      Rebit.instant(a.createTimestamp(), "createTimestamp", txnid);
    } catch (RebitException e) {
      throw RebitException.discarded("the AA's consent artefact: " + e.getMessage(), txnid);
    }
  }

  /**
   * The FIU revokes a consent (the customer asked the lender): tells the AA ({@code POST
   * /Consent/Notification}, status REVOKED) and stops using it here at once, whatever the AA says.
   */
  public ConsentStore.Row revoke(Caller who, String customerId, String consentId) {
    ConsentStore.Row row =
        store
            .byId(consentId)
            .filter(r -> r.customerId().equals(customerId))
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no-such-consent", "no consent " + consentId + " for " + customerId));
    store.status(row.consentHandle(), "REVOKED", OffsetDateTime.now(clock));
    AuditEntry entry = AuditEntry.of(who, customerId, "aa.consent.revoke").consent(consentId, 103);
    String txnid = Rebit.txnid();
    try {
      aa.post(
          "/Consent/Notification",
          new Messages.ConsentNotification(
              Rebit.VERSION,
              Rebit.now(clock),
              txnid,
              new Messages.Entity(settings.fiuId(), "FIU"),
              new Messages.ConsentStatusNotification(consentId, row.consentHandle(), "REVOKED")),
          txnid,
          Messages.NotificationResponse.class);
      audit.record(entry.detail("revoked here and at the AA"));
    } catch (RebitException e) {
      audit.record(entry.detail("revoked here; the AA was not told: " + e.getMessage()));
    }
    return held(row.consentHandle());
  }

  /** The customer's consents as held. */
  public List<ConsentStore.Row> consents(Caller who, String customerId) {
    String id = CustomerService.requireId(customerId);
    audit.record(AuditEntry.of(who, id, "aa.consent.list"));
    return store.byCustomer(id);
  }

  /** The consent by handle, or 404. */
  public ConsentStore.Row held(String handle) {
    return store
        .byHandle(handle)
        .orElseThrow(
            () -> ApiException.notFound("no-such-consent", "no consent request " + handle));
  }

  /**
   * The newest consent of the customer whose artefact is held and ACTIVE and current now; empty
   * when none (the reason is in the list of consents).
   */
  public Optional<ConsentStore.Row> active(String customerId) {
    java.time.Instant now = clock.instant();
    for (ConsentStore.Row r : store.byCustomer(customerId)) {
      if (r.artefact() != null && "ACTIVE".equals(r.status())) {
        ConsentArtefact a = ConsentStore.artefact(r);
        if (now.isBefore(a.consentExpiry().toInstant())
            && !now.isBefore(a.consentStart().toInstant())) {
          return Optional.of(r);
        }
        if (!now.isBefore(a.consentExpiry().toInstant())) {
          store.status(r.consentHandle(), "EXPIRED", OffsetDateTime.now(clock));
        }
      }
    }
    return Optional.empty();
  }

  private Messages.ConsentDetail detail(String id, Ask ask) {
    Segment segment = CustomerId.parse(id).segment();
    LocalDate today = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    LocalDate to = ask.to() == null ? today : ask.to();
    LocalDate from = ask.from() == null ? to.minusMonths(36).withDayOfMonth(1) : ask.from();
    if (to.isBefore(from)) {
      throw ApiException.badRequest("bad-range", "'to' " + to + " is before 'from' " + from, "to");
    }
    List<String> types = new ArrayList<>();
    if (ask.fiTypes() == null || ask.fiTypes().isEmpty()) {
      for (FiType t : FiType.values()) {
        if (t != FiType.TERM_DEPOSIT && (t != FiType.GSTR1_3B || segment == Segment.MSME)) {
          types.add(t.name());
        }
      }
    } else {
      for (String t : ask.fiTypes()) {
        try {
          types.add(FiType.valueOf(t).name());
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest(
              "bad-fi-type", "'" + t + "' is not an FI type Saakh reads", "fi_types");
        }
      }
    }
    String fetchType = ask.fetchType() == null ? "ONETIME" : ask.fetchType();
    if (!fetchType.equals("ONETIME") && !fetchType.equals("PERIODIC")) {
      throw ApiException.badRequest(
          "bad-fetch-type",
          "fetch_type is ONETIME or PERIODIC, was '" + fetchType + "'",
          "fetch_type");
    }
    OffsetDateTime start = OffsetDateTime.now(clock);
    int months = months(ask.validityMonths(), 6, "validity_months");
    String aaCustomer =
        ask.aaCustomerId() == null || ask.aaCustomerId().isBlank()
            ? id + "@saakh-sim"
            : ask.aaCustomerId().trim();
    return new Messages.ConsentDetail(
        Rebit.timestamp(start.toInstant()),
        Rebit.timestamp(start.plusMonths(months).toInstant()),
        "STORE",
        fetchType,
        List.of("PROFILE", "SUMMARY", "TRANSACTIONS"),
        types,
        new Messages.Entity(settings.fiuId(), "FIU"),
        new Messages.Customer(aaCustomer, null),
        new Messages.Purpose(
            "103",
            "https://api.rebit.org.in/aa/purpose/103.xml",
            "Aggregated statement",
            new Messages.Category("string")),
        new Messages.Range(
            Rebit.timestamp(from.atStartOfDay(Underwriting.IST).toInstant()),
            Rebit.timestamp(
                to.plusDays(1).atStartOfDay(Underwriting.IST).toInstant().minusMillis(1))),
        new Messages.Span("MONTH", months(ask.dataLifeMonths(), 6, "data_life_months")),
        new Messages.Span("DAY", months(ask.frequencyDays(), 30, "frequency_days")),
        null);
  }

  private static int months(Integer value, int fallback, String field) {
    if (value == null) {
      return fallback;
    }
    if (value < 1 || value > 120) {
      throw ApiException.badRequest("bad-value", field + " is 1–120, was " + value, field);
    }
    return value;
  }

  private static String lake(ConsentArtefact a) {
    try {
      return LakeJson.mapper().writeValueAsString(a);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a consent artefact is not writable", e);
    }
  }
}
