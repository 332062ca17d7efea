package dev.saakh.server.simulator;

import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated AA's consents, in memory (forgotten on restart): requests by handle, artefacts by
 * consent id, and every change of status the customer makes, each notified to the FIU.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Consents {
  static final String FIP_ID = "SAAKH-SIM-FIP";

  /** Lets the FIU read the answer naming a handle before a notification about it. */
  private static final Duration SOON = Duration.ofMillis(300);

  private final Map<String, Consent> byHandle = new ConcurrentHashMap<>();
  private final Map<String, String> handleOfId = new ConcurrentHashMap<>();
  private final AaSettings settings;
  private final Signer signer;
  private final Callbacks callbacks;
  private final CustomerData data;
  private final Switches switches;

  Consents(
      AaSettings settings,
      Signer signer,
      Callbacks callbacks,
      CustomerData data,
      Switches switches) {
    this.settings = settings;
    this.signer = signer;
    this.callbacks = callbacks;
    this.data = data;
    this.switches = switches;
  }

  /** A new, pending consent request (approved at once with {@code auto_approve}). */
  Consent create(Messages.ConsentRequest r) {
    Messages.ConsentDetail d = ConsentChecks.detail(r);
    String aaCustomer = d.customer().id().trim();
    String customer = CustomerData.customerOf(aaCustomer);
    try {
      data.of(customer);
    } catch (IllegalArgumentException e) {
      throw Rebit.invalid(
          "Customer.id '"
              + Rebit.clip(aaCustomer)
              + "' is not a customer of the simulated FIPs (<Saakh customer id>@saakh-sim)",
          r.txnid());
    }
    Consent c =
        Consent.pending(
            UUID.randomUUID().toString(), aaCustomer, customer, d, Rebit.now(signer.clock()));
    byHandle.put(c.handle(), c);
    if (switches.now().autoApprove()) {
      return approve(c.handle());
    }
    return c;
  }

  /** The customer approves: a consent id, a signed artefact, ACTIVE. */
  synchronized Consent approve(String handle) {
    Consent c = pendingOf(handle);
    String id = UUID.randomUUID().toString();
    Consent next = c.approved(id, sign(c));
    byHandle.put(handle, next);
    handleOfId.put(id, handle);
    notifyFiu(next, "ACTIVE", false);
    return next;
  }

  /** The customer refuses: REJECTED, and no consent id ever. */
  synchronized Consent reject(String handle) {
    Consent next = pendingOf(handle).rejected();
    byHandle.put(handle, next);
    notifyFiu(next, "REJECTED", false);
    return next;
  }

  /**
   * The customer (or the FIU, or time) changes an artefact's status: PAUSED, ACTIVE (resume),
   * REVOKED or EXPIRED. A change the lifecycle does not allow is 409 {@code InvalidConsentStatus}.
   */
  synchronized Consent change(String consentId, String status, boolean notify) {
    Consent c = byId(consentId).orElseThrow(() -> noConsent(consentId, null));
    String was = c.status();
    boolean allowed =
        switch (status) {
          case "PAUSED" -> was.equals("ACTIVE");
          case "ACTIVE" -> was.equals("PAUSED");
          case "REVOKED", "EXPIRED" -> was.equals("ACTIVE") || was.equals("PAUSED");
          default -> false;
        };
    if (!allowed) {
      throw new RebitException(
          409,
          "InvalidConsentStatus",
          "consent " + consentId + " is " + was + "; it cannot become " + status,
          null);
    }
    Consent next = c.withStatus(status);
    byHandle.put(c.handle(), next);
    if (notify) {
      notifyFiu(next, status, true);
    }
    return next;
  }

  /** One more FI request made under the consent. */
  synchronized Consent use(Consent c) {
    Consent next = byHandle.get(c.handle()).used(Rebit.now(signer.clock()));
    byHandle.put(c.handle(), next);
    return next;
  }

  Optional<Consent> byHandle(String handle) {
    return Optional.ofNullable(handle == null ? null : byHandle.get(handle));
  }

  Optional<Consent> byId(String consentId) {
    String handle = consentId == null ? null : handleOfId.get(consentId);
    return byHandle(handle);
  }

  /** Every consent, newest first. */
  List<Consent> all() {
    List<Consent> out = new ArrayList<>(byHandle.values());
    out.sort(Comparator.comparing(Consent::created).reversed().thenComparing(Consent::handle));
    return out;
  }

  static RebitException noConsent(String consentId, String txnid) {
    return new RebitException(
        404, "InvalidConsentId", "no consent " + Rebit.clip(consentId) + " at this AA", txnid);
  }

  private Consent pendingOf(String handle) {
    Consent c =
        byHandle(handle)
            .orElseThrow(
                () ->
                    new RebitException(
                        404,
                        "InvalidConsentHandle",
                        "no consent request with handle " + Rebit.clip(handle),
                        null));
    if (!c.handleStatus().equals("PENDING")) {
      throw new RebitException(
          409,
          "InvalidConsentStatus",
          "consent request " + handle + " is " + c.handleStatus() + ", not PENDING",
          null);
    }
    return c;
  }

  private String sign(Consent c) {
    Messages.ConsentDetail d = c.detail();
    List<Messages.LinkedAccount> accounts = new ArrayList<>();
    if (d.fiTypes().contains("DEPOSIT")) {
      data.of(c.customerId())
          .accounts()
          .forEach(
              a ->
                  accounts.add(
                      new Messages.LinkedAccount(
                          "DEPOSIT", FIP_ID, a.type().name(), a.accountId(), a.maskedAccNumber())));
    }
    Messages.SignedConsentDetail s =
        new Messages.SignedConsentDetail(
            d.consentStart(),
            d.consentExpiry(),
            d.consentMode(),
            d.fetchType(),
            d.consentTypes(),
            d.fiTypes(),
            d.dataConsumer(),
            new Messages.Entity(FIP_ID, "FIP"),
            d.customer(),
            accounts,
            d.purpose(),
            d.fiDataRange(),
            d.dataLife(),
            d.frequency(),
            d.dataFilter());
    return DetachedJws.signCompact(RebitJson.bytes(s), signer.consentKey(), settings.aaId());
  }

  /**
   * Notifies the FIU. The approval names the handle only: the FIU does not know the consent id
   * until it asks {@code /Consent/handle}, and refuses a notification naming an id it does not
   * hold.
   */
  private void notifyFiu(Consent c, String status, boolean withId) {
    String txnid = Rebit.txnid();
    Messages.ConsentNotification n =
        new Messages.ConsentNotification(
            Rebit.VERSION,
            Rebit.now(signer.clock()),
            txnid,
            new Messages.Entity(settings.aaId(), "AA"),
            new Messages.ConsentStatusNotification(
                withId ? c.consentId() : null, c.handle(), status));
    callbacks.send("/Consent/Notification", n, txnid, SOON);
  }
}
