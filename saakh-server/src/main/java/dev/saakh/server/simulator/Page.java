package dev.saakh.server.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.server.aa.RebitJson;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's AA app, as one server-written page ({@code GET /sim/aa/ui}): the consents with
 * buttons (plain forms posting to the JSON routes with {@code from=ui}, which send the browser back
 * here), the failure switches, and the last callbacks. No script, no external asset; every value
 * written is HTML-escaped.
 */
@RestController
@RequestMapping("/sim/aa/ui")
@Hidden
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Page {
  private static final List<String> FLAGS =
      List.of(
          "fip_denied",
          "timeout",
          "partial",
          "consent_expired",
          "consent_revoked",
          "bad_signature",
          "wrong_txnid",
          "auto_approve");

  private final Consents consents;
  private final Switches switches;
  private final Callbacks callbacks;

  Page(Consents consents, Switches switches, Callbacks callbacks) {
    this.consents = consents;
    this.switches = switches;
    this.callbacks = callbacks;
  }

  @GetMapping
  ResponseEntity<byte[]> page(@RequestParam(value = "error", required = false) String error) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Saakh AA simulator</title><style>")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
        .append("form{display:inline}code{font-size:90%}</style></head><body>")
        .append("<h1>Saakh AA simulator</h1><p>The customer's AA app: approve or refuse the")
        .append(" lender's consent requests. Simulated data only; forgotten on restart.</p>");
    if (error != null) {
      h.append("<p><strong>").append(esc(error)).append("</strong></p>");
    }
    consents(h);
    switchesForm(h);
    callbacks(h);
    h.append("</body></html>");
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        .body(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The switches form: unticked boxes are off. */
  @PostMapping("/switches")
  ResponseEntity<byte[]> setSwitches(@RequestParam Map<String, String> form) {
    ObjectNode n = RebitJson.mapper().createObjectNode();
    FLAGS.forEach(f -> n.put(f, form.containsKey(f)));
    try {
      n.put("fetch_status", Integer.parseInt(form.getOrDefault("fetch_status", "0").trim()));
      n.put(
          "clock_skew_minutes",
          Integer.parseInt(form.getOrDefault("clock_skew_minutes", "0").trim()));
      n.put("deposit_format", form.getOrDefault("deposit_format", "json"));
      switches.update(RebitJson.bytes(n));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.status(303)
          .location(
              org.springframework.web.util.UriComponentsBuilder.fromPath("/sim/aa/ui")
                  .queryParam("error", e.getMessage())
                  .encode()
                  .build()
                  .toUri())
          .build();
    }
    return CustomerRoutes.backToPage();
  }

  @PostMapping("/switches/reset")
  ResponseEntity<byte[]> resetSwitches() {
    switches.reset();
    return CustomerRoutes.backToPage();
  }

  private void consents(StringBuilder h) {
    h.append("<h2>Consents</h2>");
    List<Consent> all = consents.all();
    if (all.isEmpty()) {
      h.append("<p>No consent requests yet.</p>");
      return;
    }
    h.append("<table><tr><th>Customer</th><th>Handle</th><th>Request</th><th>Consent</th>")
        .append("<th>Status</th><th>FI types</th><th>Uses</th><th></th></tr>");
    for (Consent c : all) {
      h.append("<tr><td>")
          .append(esc(c.aaCustomerId()))
          .append("</td><td><code>")
          .append(esc(c.handle()))
          .append("</code></td><td>")
          .append(esc(c.handleStatus()))
          .append("</td><td><code>")
          .append(esc(c.consentId() == null ? "" : c.consentId()))
          .append("</code></td><td>")
          .append(esc(c.status() == null ? "" : c.status()))
          .append("</td><td>")
          .append(esc(String.join(", ", c.fiTypes())))
          .append("</td><td>")
          .append(c.useCount())
          .append("</td><td>");
      if (c.handleStatus().equals("PENDING")) {
        button(h, c.handle(), "approve");
        button(h, c.handle(), "reject");
      } else if (c.consentId() != null) {
        switch (c.status()) {
          case "ACTIVE" -> {
            button(h, c.consentId(), "pause");
            button(h, c.consentId(), "revoke");
            button(h, c.consentId(), "expire");
          }
          case "PAUSED" -> {
            button(h, c.consentId(), "resume");
            button(h, c.consentId(), "revoke");
          }
          default -> {}
        }
      }
      h.append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void button(StringBuilder h, String id, String action) {
    h.append("<form method=\"post\" action=\"/sim/aa/consents/")
        .append(esc(id))
        .append('/')
        .append(action)
        .append("\"><input type=\"hidden\" name=\"from\" value=\"ui\"><button type=\"submit\">")
        .append(action)
        .append("</button></form> ");
  }

  private void switchesForm(StringBuilder h) {
    Switches.State s = switches.now();
    ObjectNode now = RebitJson.mapper().valueToTree(s);
    h.append("<h2>Failure switches</h2><form method=\"post\" action=\"/sim/aa/ui/switches\">");
    for (String f : FLAGS) {
      h.append("<label><input type=\"checkbox\" name=\"")
          .append(f)
          .append('"')
          .append(now.path(f).asBoolean() ? " checked" : "")
          .append("> ")
          .append(f)
          .append("</label><br>");
    }
    h.append("<label>fetch_status <select name=\"fetch_status\">");
    for (int code : new int[] {0, 403, 404, 410}) {
      h.append("<option value=\"")
          .append(code)
          .append('"')
          .append(s.fetchStatus() == code ? " selected" : "")
          .append('>')
          .append(code == 0 ? "off" : code)
          .append("</option>");
    }
    h.append("</select></label><br><label>clock_skew_minutes <input type=\"number\"")
        .append(" name=\"clock_skew_minutes\" value=\"")
        .append(s.clockSkewMinutes())
        .append("\"></label><br><label>deposit_format <select name=\"deposit_format\">")
        .append("<option value=\"json\"")
        .append(s.xml() ? "" : " selected")
        .append(">json</option><option value=\"xml\"")
        .append(s.xml() ? " selected" : "")
        .append(">xml</option></select></label><br>")
        .append("<button type=\"submit\">Set</button></form> ")
        .append("<form method=\"post\" action=\"/sim/aa/ui/switches/reset\">")
        .append("<button type=\"submit\">All off</button></form>");
  }

  private void callbacks(StringBuilder h) {
    List<Callbacks.Call> calls = callbacks.calls();
    h.append("<h2>Callbacks to the FIU</h2>");
    if (calls.isEmpty()) {
      h.append("<p>None yet.</p>");
      return;
    }
    h.append("<table><tr><th>At</th><th>URL</th><th>HTTP</th><th>Answer</th></tr>");
    for (int i = calls.size() - 1; i >= Math.max(0, calls.size() - 20); i--) {
      Callbacks.Call c = calls.get(i);
      h.append("<tr><td>")
          .append(esc(c.at()))
          .append("</td><td>")
          .append(esc(c.url()))
          .append("</td><td>")
          .append(c.status())
          .append("</td><td><code>")
          .append(esc(clip(c.body())))
          .append("</code></td></tr>");
    }
    h.append("</table>");
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
