package dev.saakh.server.simulator;

import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.crypto.FiCrypto;
import dev.saakh.server.aa.crypto.FiCryptoException;
import dev.saakh.server.aa.crypto.KeyMaterial;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated AA's FI data sessions, in memory: an FI request under an ACTIVE consent opens one,
 * builds the FIP's documents for the consent's FI types and range, encrypts each for the FIU's key
 * and notifies the FIU (with the FI request's txnid); an FI fetch returns the encrypted data.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Sessions {
  private static final Duration NOTIFY_AFTER = Duration.ofMillis(500);

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final AaSettings settings;
  private final Signer signer;
  private final Consents consents;
  private final CustomerData data;
  private final Switches switches;
  private final Callbacks callbacks;

  Sessions(
      AaSettings settings,
      Signer signer,
      Consents consents,
      CustomerData data,
      Switches switches,
      Callbacks callbacks) {
    this.settings = settings;
    this.signer = signer;
    this.consents = consents;
    this.data = data;
    this.switches = switches;
    this.callbacks = callbacks;
  }

  /** POST /FI/request. */
  Messages.FiResponse open(Messages.FiRequest r) {
    String t = r.txnid();
    Consent c = consentOf(r);
    Instant[] range = ConsentChecks.range(r.fiDataRange(), "FIDataRange", t);
    Instant[] allowed = ConsentChecks.range(c.range(), "the consent's FIDataRange", t);
    if (range[0].isBefore(allowed[0]) || range[1].isAfter(allowed[1])) {
      throw new RebitException(
          400,
          "InvalidDateRange",
          "FIDataRange is not within the consent's " + c.range().from() + " .. " + c.range().to(),
          t);
    }
    KeyMaterial fiuKey = checkKey(r.keyMaterial(), t);
    consents.use(c);
    Session s = build(c, t, fiuKey, day(range[0]), day(range[1]));
    sessions.put(s.sessionId(), s);
    notifyFiu(s);
    return new Messages.FiResponse(
        Rebit.VERSION, Rebit.now(signer.clock()), signer.echo(t), c.consentId(), s.sessionId());
  }

  /** POST /FI/fetch. */
  Messages.FiFetchResponse fetch(Messages.FiFetchRequest r) {
    String t = r.txnid();
    if (ConsentChecks.blank(r.sessionId())) {
      throw Rebit.invalid("sessionId is missing", t);
    }
    Session s = sessions.get(r.sessionId());
    if (s == null) {
      throw new RebitException(
          404, "InvalidSessionId", "no FI data session " + Rebit.clip(r.sessionId()), t);
    }
    int forced = switches.now().fetchStatus();
    if (forced != 0) {
      throw forcedRefusal(forced, t);
    }
    if (r.fipId() != null && !r.fipId().isBlank() && !Consents.FIP_ID.equals(r.fipId())) {
      throw new RebitException(
          400,
          "InvalidFIPId",
          "no FIP " + Rebit.clip(r.fipId()) + " in session " + s.sessionId(),
          t);
    }
    Set<String> wanted = new HashSet<>();
    if (r.linkRefNumber() != null) {
      r.linkRefNumber().forEach(l -> wanted.add(l.id()));
    }
    List<Messages.EncryptedFi> out = new ArrayList<>();
    for (Messages.EncryptedFi e : s.data()) {
      if (wanted.isEmpty() || wanted.contains(e.linkRefNumber())) {
        out.add(e);
      }
    }
    return new Messages.FiFetchResponse(
        Rebit.VERSION,
        Rebit.now(signer.clock()),
        signer.echo(t),
        List.of(new Messages.FipData(Consents.FIP_ID, out, s.fipKey())));
  }

  private Consent consentOf(Messages.FiRequest r) {
    String t = r.txnid();
    Messages.ConsentRef ref = r.consent();
    if (ref == null || ConsentChecks.blank(ref.id())) {
      throw Rebit.invalid("Consent.id is missing", t);
    }
    Consent c = consents.byId(ref.id()).orElseThrow(() -> Consents.noConsent(ref.id(), t));
    Switches.State sw = switches.now();
    if ((sw.consentExpired() || sw.consentRevoked()) && isLive(c)) {
      c = consents.change(c.consentId(), sw.consentRevoked() ? "REVOKED" : "EXPIRED", true);
    }
    if (!"ACTIVE".equals(c.status())) {
      throw new RebitException(
          400, "InvalidConsentStatus", "consent " + c.consentId() + " is " + c.status(), t);
    }
    String[] parts = c.signedConsent().split("\\.", -1);
    if (ConsentChecks.blank(ref.digitalSignature())
        || !parts[parts.length - 1].equals(ref.digitalSignature().trim())) {
      throw new RebitException(
          400,
          "InvalidConsentDetail",
          "Consent.digitalSignature is not the signature of consent " + c.consentId(),
          t);
    }
    return c;
  }

  private static boolean isLive(Consent c) {
    return "ACTIVE".equals(c.status()) || "PAUSED".equals(c.status());
  }

  private static KeyMaterial checkKey(KeyMaterial km, String txnid) {
    if (km == null) {
      throw Rebit.invalid("KeyMaterial is missing", txnid);
    }
    try {
      FiCrypto.publicKey(km);
      FiCrypto.nonce(km);
    } catch (FiCryptoException e) {
      throw new RebitException(400, "InvalidKey", "KeyMaterial: " + e.getMessage(), txnid);
    }
    return km;
  }

  private Session build(Consent c, String txnid, KeyMaterial fiuKey, LocalDate from, LocalDate to) {
    Switches.State sw = switches.now();
    CustomerData.Held held = data.of(c.customerId());
    List<DepositDocuments.Document> deposits = List.of();
    if (c.fiTypes().contains("DEPOSIT")) {
      Set<String> linked = new HashSet<>();
      held.accounts().forEach(a -> linked.add(a.accountId()));
      deposits = DepositDocuments.build(held, linked, from, to, sw.xml()).documents();
    }
    List<DepositDocuments.Document> others = SaakhDocuments.build(held, c.fiTypes());
    FiCrypto.Party fip = FiCrypto.ephemeral();
    List<Messages.AccountStatus> statuses = new ArrayList<>();
    List<Messages.EncryptedFi> encrypted = new ArrayList<>();
    for (int i = 0; i < deposits.size(); i++) {
      String status;
      if (sw.timeout()) {
        status = "TIMEOUT";
      } else if (sw.fipDenied() || sw.partial() && i > 0) {
        status = "DENIED";
      } else {
        status = "READY";
      }
      add(deposits.get(i), status, fip, fiuKey, statuses, encrypted);
    }
    for (DepositDocuments.Document d : others) {
      add(d, sw.timeout() ? "TIMEOUT" : "READY", fip, fiuKey, statuses, encrypted);
    }
    String sessionStatus = encrypted.isEmpty() ? "FAILED" : "COMPLETED";
    KeyMaterial fipKey =
        FiCrypto.keyMaterial(fip, signer.clock().instant().plus(Duration.ofDays(1)));
    return new Session(
        UUID.randomUUID().toString(),
        c.consentId(),
        txnid,
        sessionStatus,
        statuses,
        encrypted,
        fip,
        fipKey);
  }

  private static void add(
      DepositDocuments.Document d,
      String status,
      FiCrypto.Party fip,
      KeyMaterial fiuKey,
      List<Messages.AccountStatus> statuses,
      List<Messages.EncryptedFi> encrypted) {
    statuses.add(new Messages.AccountStatus(d.linkRef(), status, describe(status)));
    if (status.equals("READY")) {
      try {
        encrypted.add(
            new Messages.EncryptedFi(
                d.linkRef(), d.masked(), FiCrypto.encrypt(d.bytes(), fip, fiuKey)));
      } catch (FiCryptoException e) {
        throw new RebitException(400, "InvalidKey", "KeyMaterial: " + e.getMessage(), null);
      }
    }
  }

  private static String describe(String status) {
    return switch (status) {
      case "READY" -> "the data is ready to fetch";
      case "DENIED" -> "the FIP refused to share this account's data";
      case "TIMEOUT" -> "the FIP did not answer in time";
      default -> status;
    };
  }

  private void notifyFiu(Session s) {
    Messages.FiNotification n =
        new Messages.FiNotification(
            Rebit.VERSION,
            Rebit.now(signer.clock()),
            s.txnid(),
            new Messages.Entity(settings.aaId(), "AA"),
            new Messages.FiStatusNotification(
                s.sessionId(),
                s.sessionStatus(),
                List.of(new Messages.FipStatus(Consents.FIP_ID, s.accounts()))));
    callbacks.send("/FI/Notification", n, s.txnid(), NOTIFY_AFTER);
  }

  private static RebitException forcedRefusal(int status, String txnid) {
    return switch (status) {
      case 403 ->
          new RebitException(
              403, "ConsentRevoked", "fetch_status switch: the FIP refuses the fetch", txnid);
      case 410 ->
          new RebitException(
              410, "DataGone", "fetch_status switch: the session's data is gone", txnid);
      default ->
          new RebitException(
              status, "InvalidSessionId", "fetch_status switch: no such session here", txnid);
    };
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, Underwriting.IST);
  }
}
