package dev.saakh.server.simulator;

import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated AA's consent routes of ReBIT AA API 2.0.0, called by the FIU ({@code POST
 * /sim/aa/Consent}, {@code /Consent/handle}, {@code /Consent/fetch}, {@code /Consent/Notification},
 * {@code GET /sim/aa/Heartbeat}); {@link Protocol} checks each request and signs each answer. An
 * unknown handle or consent id is 404 {@code InvalidConsentHandle} / {@code InvalidConsentId}.
 */
@RestController
@RequestMapping("/sim/aa")
@Hidden
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class AaRoutes {
  private final AaSettings settings;
  private final Protocol protocol;
  private final Signer signer;
  private final Consents consents;

  AaRoutes(AaSettings settings, Protocol protocol, Signer signer, Consents consents) {
    this.settings = settings;
    this.protocol = protocol;
    this.signer = signer;
    this.consents = consents;
  }

  @PostMapping("/Consent")
  ResponseEntity<byte[]> consent(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.ConsentRequest r =
              protocol.read(bytes, Messages.ConsentRequest.class, "ConsentRequest");
          Consent c = consents.create(r);
          return new Messages.ConsentResponse(
              Rebit.VERSION,
              Rebit.now(signer.clock()),
              signer.echo(r.txnid()),
              new Messages.Customer(c.aaCustomerId(), null),
              c.handle());
        });
  }

  @PostMapping("/Consent/handle")
  ResponseEntity<byte[]> handleStatus(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.ConsentHandleRequest r =
              protocol.read(bytes, Messages.ConsentHandleRequest.class, "ConsentHandleRequest");
          if (ConsentChecks.blank(r.consentHandle())) {
            throw Rebit.invalid("ConsentHandle is missing", r.txnid());
          }
          Consent c =
              consents
                  .byHandle(r.consentHandle())
                  .orElseThrow(
                      () ->
                          new RebitException(
                              404,
                              "InvalidConsentHandle",
                              "no consent request with handle " + Rebit.clip(r.consentHandle()),
                              r.txnid()));
          return new Messages.ConsentHandleResponse(
              Rebit.VERSION,
              Rebit.now(signer.clock()),
              signer.echo(r.txnid()),
              c.handle(),
              new Messages.HandleStatus(
                  c.handleStatus().equals("READY") ? c.consentId() : null, c.handleStatus()));
        });
  }

  @PostMapping("/Consent/fetch")
  ResponseEntity<byte[]> fetchConsent(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.ConsentFetchRequest r =
              protocol.read(bytes, Messages.ConsentFetchRequest.class, "ConsentFetchRequest");
          if (ConsentChecks.blank(r.consentId())) {
            throw Rebit.invalid("consentId is missing", r.txnid());
          }
          Consent c =
              consents
                  .byId(r.consentId())
                  .orElseThrow(() -> Consents.noConsent(r.consentId(), r.txnid()));
          return new Messages.ConsentArtefact(
              Rebit.VERSION,
              signer.echo(r.txnid()),
              c.consentId(),
              c.status(),
              c.created(),
              c.signedConsent(),
              new Messages.ConsentUse(
                  settings.fiuUrl() + "/Consent/" + c.consentId() + "/log",
                  c.useCount(),
                  c.lastUse() == null ? c.created() : c.lastUse()));
        });
  }

  @PostMapping("/Consent/Notification")
  ResponseEntity<byte[]> consentNotification(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes -> {
          Messages.ConsentNotification n =
              protocol.read(bytes, Messages.ConsentNotification.class, "ConsentNotification");
          Messages.Entity who = n.notifier();
          if (who == null || !"FIU".equals(who.type()) || ConsentChecks.blank(who.id())) {
            throw new RebitException(
                400, "InvalidNotifier", "Notifier must be the FIU (type FIU, an id)", n.txnid());
          }
          Messages.ConsentStatusNotification s = n.notification();
          if (s == null || ConsentChecks.blank(s.consentId())) {
            throw Rebit.invalid("ConsentStatusNotification.consentId is missing", n.txnid());
          }
          Consent c =
              consents
                  .byId(s.consentId())
                  .orElseThrow(() -> Consents.noConsent(s.consentId(), n.txnid()));
          if (!who.id().equals(c.detail().dataConsumer().id())) {
            throw new RebitException(
                400,
                "InvalidNotifier",
                who.id() + " is not the data consumer of consent " + c.consentId(),
                n.txnid());
          }
          if (!"REVOKED".equals(s.consentStatus()) && !"PAUSED".equals(s.consentStatus())) {
            throw new RebitException(
                400,
                "InvalidConsentStatus",
                "an FIU may notify REVOKED or PAUSED, not '" + Rebit.clip(s.consentStatus()) + "'",
                n.txnid());
          }
          if (!s.consentStatus().equals(c.status())) {
            try {
              consents.change(c.consentId(), s.consentStatus(), false);
            } catch (RebitException e) {
              throw new RebitException(400, e.errorCode(), e.getMessage(), n.txnid());
            }
          }
          return new Messages.NotificationResponse(
              Rebit.VERSION, Rebit.now(signer.clock()), signer.echo(n.txnid()), "OK");
        });
  }

  @GetMapping("/Heartbeat")
  ResponseEntity<byte[]> heartbeat(
      @RequestHeader(value = "client_api_key", required = false) String apiKey) {
    return protocol.heartbeat(apiKey);
  }
}
