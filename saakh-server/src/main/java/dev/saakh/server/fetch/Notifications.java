package dev.saakh.server.fetch;

import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.FiSessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checks on what the AA notifies, before anything is changed (Sahamati's FIU certification
 * scenarios 1004–1018, 1028–1029 and 2002–2015): version, timestamp, notifier (type AA and this
 * FIU's AA), the consent or session named (known, of that AA), the status (one of the
 * specification's), and for a session the txnid of its FI request.
 */
@Component
class Notifications {
  private static final List<String> CONSENT_STATUSES =
      List.of("ACTIVE", "PENDING", "REVOKED", "PAUSED", "REJECTED", "EXPIRED");
  private static final List<String> SESSION_STATUSES =
      List.of("ACTIVE", "COMPLETED", "EXPIRED", "FAILED");
  private static final List<String> FI_STATUSES =
      List.of("READY", "DENIED", "PENDING", "DELIVERED", "TIMEOUT");

  private final AaSettings settings;
  private final ConsentStore consents;
  private final FiSessionStore sessions;
  private final Clock clock;

  Notifications(AaSettings settings, ConsentStore consents, FiSessionStore sessions, Clock clock) {
    this.settings = settings;
    this.consents = consents;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The consent a valid consent notification is about; its new status is in {@code n}. */
  ConsentStore.Row consent(Messages.ConsentNotification n) {
    Rebit.check(n.ver(), n.timestamp(), n.txnid(), clock);
    notifier(n.notifier(), "InvalidNotifier", n.txnid());
    Messages.ConsentStatusNotification s = n.notification();
    if (s == null) {
      throw Rebit.invalid("ConsentStatusNotification is missing", n.txnid());
    }
    if (s.consentStatus() == null || !CONSENT_STATUSES.contains(s.consentStatus())) {
      throw Rebit.invalid(
          "consentStatus '" + Rebit.clip(s.consentStatus()) + "' is not one of " + CONSENT_STATUSES,
          n.txnid());
    }
    ConsentStore.Row row = find(s, n.txnid());
    if (!row.aaId().equals(n.notifier().id())) {
      throw Rebit.invalid(
          "consent " + row.consentHandle() + " was not requested through " + n.notifier().id(),
          n.txnid());
    }
    if ("FAILED".equals(row.status()) || "REJECTED".equals(row.status())) {
      throw new RebitException(
          400,
          "InvalidConsentId",
          "consent " + row.consentHandle() + " is " + row.status() + "; it cannot change any more",
          n.txnid());
    }
    if ("REVOKED".equals(row.status()) && !"REVOKED".equals(s.consentStatus())) {
      throw new RebitException(
          400,
          "InvalidConsentStatus",
          "consent " + row.consentHandle() + " was revoked; it cannot become " + s.consentStatus(),
          n.txnid());
    }
    return row;
  }

  /** The consent a notification names by id and/or handle (both must agree). */
  private ConsentStore.Row find(Messages.ConsentStatusNotification s, String txnid) {
    Optional<ConsentStore.Row> byId =
        blank(s.consentId()) ? Optional.empty() : consents.byId(s.consentId());
    Optional<ConsentStore.Row> byHandle =
        blank(s.consentHandle()) ? Optional.empty() : consents.byHandle(s.consentHandle());
    if (!blank(s.consentId()) && byId.isEmpty()) {
      throw new RebitException(
          400, "InvalidConsentId", "no consent " + Rebit.clip(s.consentId()) + " is held", txnid);
    }
    if (!blank(s.consentHandle()) && byHandle.isEmpty()) {
      throw Rebit.invalid("no consent request with handle " + Rebit.clip(s.consentHandle()), txnid);
    }
    ConsentStore.Row row =
        byId.or(() -> byHandle)
            .orElseThrow(
                () ->
                    new RebitException(
                        400,
                        "InvalidConsentId",
                        "the notification names no consent id or handle",
                        txnid));
    if (byId.isPresent()
        && byHandle.isPresent()
        && !byId.get().consentHandle().equals(byHandle.get().consentHandle())) {
      throw Rebit.invalid(
          "consent " + s.consentId() + " is not the one of handle " + s.consentHandle(), txnid);
    }
    return row;
  }

  /** The session a valid FI notification is about. */
  FiSessionStore.Session session(Messages.FiNotification n) {
    Rebit.check(n.ver(), n.timestamp(), n.txnid(), clock);
    notifier(n.notifier(), "InvalidRequest", n.txnid());
    Messages.FiStatusNotification s = n.notification();
    if (s == null) {
      throw Rebit.invalid("FIStatusNotification is missing", n.txnid());
    }
    if (blank(s.sessionId())) {
      throw new RebitException(400, "InvalidSessionId", "sessionId is missing", n.txnid());
    }
    FiSessionStore.Session session =
        sessions
            .find(s.sessionId())
            .orElseThrow(
                () ->
                    new RebitException(
                        400,
                        "InvalidSessionId",
                        "no FI data session " + Rebit.clip(s.sessionId()),
                        n.txnid()));
    if (s.sessionStatus() == null || !SESSION_STATUSES.contains(s.sessionStatus())) {
      throw new RebitException(
          400,
          "InvalidSessionStatus",
          "sessionStatus '" + Rebit.clip(s.sessionStatus()) + "' is not one of " + SESSION_STATUSES,
          n.txnid());
    }
    if (!session.txnid().equals(n.txnid())) {
      throw Rebit.invalid(
          "txnid " + n.txnid() + " is not the FI request's of session " + session.sessionId(),
          n.txnid());
    }
    ConsentStore.Row c = consents.byId(session.consentId()).orElseThrow();
    if (!c.aaId().equals(n.notifier().id())) {
      throw new RebitException(
          400,
          "InvalidSessionId",
          "session " + session.sessionId() + " was not opened with " + n.notifier().id(),
          n.txnid());
    }
    accounts(s, session, c, n.txnid());
    return session;
  }

  /** Every account status is one of the specification's, for an account linked to the consent. */
  private static void accounts(
      Messages.FiStatusNotification s,
      FiSessionStore.Session session,
      ConsentStore.Row c,
      String txnid) {
    java.util.Set<String> linked = LinkedAccounts.of(c.signedConsent());
    for (Messages.FipStatus fip :
        s.fiStatusResponse() == null ? List.<Messages.FipStatus>of() : s.fiStatusResponse()) {
      for (Messages.AccountStatus a :
          fip.accounts() == null ? List.<Messages.AccountStatus>of() : fip.accounts()) {
        if (a.fiStatus() == null || !FI_STATUSES.contains(a.fiStatus())) {
          throw new RebitException(
              400,
              "InvalidFIStatus",
              "FIStatus '" + Rebit.clip(a.fiStatus()) + "' is not one of " + FI_STATUSES,
              txnid);
        }
        if (!linked.isEmpty()
            && !linked.contains(a.linkRefNumber())
            && (a.linkRefNumber() == null
                || !a.linkRefNumber().endsWith("-" + session.customerId()))) {
          throw Rebit.invalid(
              "account "
                  + Rebit.clip(a.linkRefNumber())
                  + " is not linked to consent "
                  + c.consentId(),
              txnid);
        }
      }
    }
  }

  private void notifier(Messages.Entity who, String code, String txnid) {
    if (who == null || !"AA".equals(who.type())) {
      throw new RebitException(
          400,
          code,
          "the notifier is "
              + (who == null ? "missing" : "of type " + Rebit.clip(who.type()))
              + "; only the AA notifies",
          txnid);
    }
    if (!settings.aaId().equals(who.id())) {
      throw new RebitException(
          400,
          code,
          "the notifier "
              + Rebit.clip(who.id())
              + " is not this FIU's AA ("
              + settings.aaId()
              + ")",
          txnid);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
