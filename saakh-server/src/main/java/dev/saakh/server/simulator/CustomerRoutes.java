package dev.saakh.server.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.server.aa.RebitException;
import dev.saakh.server.aa.RebitJson;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side of the simulated AA (what their AA app would do) and the simulator's own
 * controls, all plain JSON: list consents, approve or reject a request by handle, pause, resume,
 * revoke or expire a consent by id, see the callbacks made to the FIU, set the failure switches. A
 * form from {@code /sim/aa/ui} (field {@code from=ui}) is sent back to the page instead.
 */
@RestController
@RequestMapping("/sim/aa")
@Hidden
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class CustomerRoutes {
  private final Consents consents;
  private final Callbacks callbacks;
  private final Switches switches;

  CustomerRoutes(Consents consents, Callbacks callbacks, Switches switches) {
    this.consents = consents;
    this.callbacks = callbacks;
    this.switches = switches;
  }

  @GetMapping("/consents")
  ResponseEntity<byte[]> list() {
    return json(200, Map.of("consents", consents.all()));
  }

  @PostMapping("/consents/{handle}/approve")
  ResponseEntity<byte[]> approve(
      @PathVariable("handle") String handle,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.approve(handle));
  }

  @PostMapping("/consents/{handle}/reject")
  ResponseEntity<byte[]> reject(
      @PathVariable("handle") String handle,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.reject(handle));
  }

  @PostMapping("/consents/{consentId}/pause")
  ResponseEntity<byte[]> pause(
      @PathVariable("consentId") String consentId,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.change(consentId, "PAUSED", true));
  }

  @PostMapping("/consents/{consentId}/resume")
  ResponseEntity<byte[]> resume(
      @PathVariable("consentId") String consentId,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.change(consentId, "ACTIVE", true));
  }

  @PostMapping("/consents/{consentId}/revoke")
  ResponseEntity<byte[]> revoke(
      @PathVariable("consentId") String consentId,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.change(consentId, "REVOKED", true));
  }

  @PostMapping("/consents/{consentId}/expire")
  ResponseEntity<byte[]> expire(
      @PathVariable("consentId") String consentId,
      @RequestParam(value = "from", required = false) String from) {
    return act(from, () -> consents.change(consentId, "EXPIRED", true));
  }

  @GetMapping("/callbacks")
  ResponseEntity<byte[]> callbacks() {
    return json(200, Map.of("callbacks", callbacks.calls()));
  }

  @GetMapping("/switches")
  ResponseEntity<byte[]> switches() {
    return json(200, switches.now());
  }

  @PostMapping(value = "/switches")
  ResponseEntity<byte[]> setSwitches(@RequestBody(required = false) byte[] body) {
    try {
      return json(200, switches.update(body));
    } catch (IllegalArgumentException e) {
      return error(400, "invalid-switches", e.getMessage());
    }
  }

  @DeleteMapping("/switches")
  ResponseEntity<byte[]> resetSwitches() {
    return json(200, switches.reset());
  }

  private ResponseEntity<byte[]> act(String from, Supplier<Consent> action) {
    boolean ui = "ui".equals(from);
    try {
      Consent c = action.get();
      return ui ? backToPage() : json(200, c);
    } catch (RebitException e) {
      return ui ? backToPage() : error(e.status(), e.errorCode(), e.getMessage());
    }
  }

  static ResponseEntity<byte[]> backToPage() {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/sim/aa/ui")).build();
  }

  static ResponseEntity<byte[]> json(int status, Object body) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(RebitJson.bytes(body));
  }

  static ResponseEntity<byte[]> error(int status, String code, String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("error", code);
    e.put("message", message);
    ObjectNode n = RebitJson.mapper().valueToTree(e);
    return json(status, n);
  }
}
