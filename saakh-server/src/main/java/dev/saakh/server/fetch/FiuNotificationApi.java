package dev.saakh.server.fetch;

import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaKeys;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.RebitJson;
import dev.saakh.server.aa.crypto.DetachedJws;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.FiSessionStore;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FIU's routes the AA calls (ReBIT FIU API 2.0.0): {@code POST /aa/fiu/Consent/Notification}
 * and {@code POST /aa/fiu/FI/Notification}. Each is refused unless the {@code aa_api_key} matches
 * (when one is configured; 401), the detached signature verifies with the AA's key (400 {@code
 * SignatureDoesNotMatch}) and the message passes {@link Notifications}; every answer is signed with
 * this FIU's key, and every notification, accepted or refused, is audited.
 */
@RestController
@RequestMapping("/aa/fiu")
@Hidden
class FiuNotificationApi {
  private final AaSettings settings;
  private final AaKeys keys;
  private final Notifications checks;
  private final AaFlow flow;
  private final AuditLog audit;
  private final Clock clock;

  FiuNotificationApi(
      AaSettings settings,
      AaKeys keys,
      Notifications checks,
      AaFlow flow,
      AuditLog audit,
      Clock clock) {
    this.settings = settings;
    this.keys = keys;
    this.checks = checks;
    this.flow = flow;
    this.audit = audit;
    this.clock = clock;
  }

  @PostMapping("/Consent/Notification")
  ResponseEntity<byte[]> consent(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "aa_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return handle(
        "aa.notification.consent",
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.ConsentNotification n =
              RebitJson.read(bytes, Messages.ConsentNotification.class, "the consent notification");
          ConsentStore.Row row;
          try {
            row = checks.consent(n);
          } catch (RebitException e) {
            throw e.withTxnid(n.txnid());
          }
          String status = n.notification().consentStatus();
          flow.consentChanged(row, status);
          return new Outcome(
              n.txnid(),
              row.customerId(),
              row.consentId(),
              "consent " + row.consentHandle() + " → " + status);
        });
  }

  @PostMapping("/FI/Notification")
  ResponseEntity<byte[]> fi(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "aa_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return handle(
        "aa.notification.fi",
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.FiNotification n =
              RebitJson.read(bytes, Messages.FiNotification.class, "the FI notification");
          FiSessionStore.Session s;
          try {
            s = checks.session(n);
          } catch (RebitException e) {
            throw e.withTxnid(n.txnid());
          }
          List<String> statuses = new ArrayList<>();
          if (n.notification().fiStatusResponse() != null) {
            for (Messages.FipStatus f : n.notification().fiStatusResponse()) {
              if (f.accounts() != null) {
                f.accounts().forEach(a -> statuses.add(a.fiStatus()));
              }
            }
          }
          flow.sessionChanged(s, n.notification().sessionStatus(), statuses);
          return new Outcome(
              n.txnid(),
              s.customerId(),
              s.consentId(),
              "session "
                  + s.sessionId()
                  + " → "
                  + n.notification().sessionStatus()
                  + " "
                  + statuses);
        });
  }

  private record Outcome(String txnid, String customerId, String consentId, String detail) {}

  private ResponseEntity<byte[]> handle(
      String action, String signature, String apiKey, byte[] raw, Function<byte[], Outcome> work) {
    byte[] body = raw == null ? new byte[0] : raw;
    Caller aa = new Caller("aa:" + settings.aaId(), null);
    if (!AaSettings.keyMatches(settings.aaApiKey(), apiKey)) {
      audit.record(AuditEntry.of(aa, null, action).denied("aa_api_key missing or wrong"));
      return reply(
          401, new RebitException(401, "Unauthorized", "aa_api_key is missing or wrong", null));
    }
    String bad = DetachedJws.check(signature, body, keys.aaPublic());
    if (bad != null) {
      audit.record(AuditEntry.of(aa, null, action).denied("signature: " + bad));
      return reply(
          400, new RebitException(400, "SignatureDoesNotMatch", "x-jws-signature: " + bad, null));
    }
    try {
      Outcome o = work.apply(body);
      AuditEntry e = AuditEntry.of(aa, o.customerId(), action);
      audit.record((o.consentId() == null ? e : e.consent(o.consentId(), 103)).detail(o.detail()));
      return sign(
          200, new Messages.NotificationResponse(Rebit.VERSION, Rebit.now(clock), o.txnid(), "OK"));
    } catch (RebitException e) {
      audit.record(AuditEntry.of(aa, null, action).denied(e.errorCode() + ": " + e.getMessage()));
      return reply(e.status(), e);
    }
  }

  private ResponseEntity<byte[]> reply(int status, RebitException e) {
    return sign(status, Rebit.error(e, clock));
  }

  private ResponseEntity<byte[]> sign(int status, Object message) {
    byte[] out = RebitJson.bytes(message);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .header(AaClient.SIGNATURE, DetachedJws.sign(out, keys.fiuPrivate(), settings.fiuId()))
        .body(out);
  }
}
