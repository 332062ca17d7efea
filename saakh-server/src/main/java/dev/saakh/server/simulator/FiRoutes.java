package dev.saakh.server.simulator;

import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.Messages;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated AA's FI routes ({@code POST /sim/aa/FI/request}, {@code /FI/fetch}), checked and
 * signed by {@link Protocol}; {@link Sessions} does the work. A request under a consent that is not
 * ACTIVE is 400 {@code InvalidConsentStatus}; an unknown session is 404 {@code InvalidSessionId}.
 */
@RestController
@RequestMapping("/sim/aa")
@Hidden
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class FiRoutes {
  private final Protocol protocol;
  private final Sessions sessions;

  FiRoutes(Protocol protocol, Sessions sessions) {
    this.protocol = protocol;
    this.sessions = sessions;
  }

  @PostMapping("/FI/request")
  ResponseEntity<byte[]> fiRequest(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes -> sessions.open(protocol.read(bytes, Messages.FiRequest.class, "FIRequest")));
  }

  @PostMapping("/FI/fetch")
  ResponseEntity<byte[]> fiFetch(
      @RequestHeader(value = AaClient.SIGNATURE, required = false) String signature,
      @RequestHeader(value = "client_api_key", required = false) String apiKey,
      @RequestBody(required = false) byte[] body) {
    return protocol.handle(
        signature,
        apiKey,
        body,
        bytes ->
            sessions.fetch(protocol.read(bytes, Messages.FiFetchRequest.class, "FIFetchRequest")));
  }
}
