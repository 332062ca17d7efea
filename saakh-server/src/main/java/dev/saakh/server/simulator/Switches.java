package dev.saakh.server.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.server.aa.RebitJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulator's failure switches (docs/simulator.md lists what each does). All off by default;
 * {@link #update} sets the fields a JSON object names and leaves the others, {@link #reset} turns
 * everything off again.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Switches {
  /** The switches' values; JSON names are the documented ones. */
  record State(
      @JsonProperty("fip_denied") boolean fipDenied,
      @JsonProperty("timeout") boolean timeout,
      @JsonProperty("partial") boolean partial,
      @JsonProperty("consent_expired") boolean consentExpired,
      @JsonProperty("consent_revoked") boolean consentRevoked,
      @JsonProperty("fetch_status") int fetchStatus,
      @JsonProperty("bad_signature") boolean badSignature,
      @JsonProperty("wrong_txnid") boolean wrongTxnid,
      @JsonProperty("clock_skew_minutes") int clockSkewMinutes,
      @JsonProperty("deposit_format") String depositFormat,
      @JsonProperty("auto_approve") boolean autoApprove) {
    State {
      if (fetchStatus != 0 && fetchStatus != 403 && fetchStatus != 404 && fetchStatus != 410) {
        throw new IllegalArgumentException(
            "fetch_status " + fetchStatus + " is not one of 0 (off), 403, 404, 410");
      }
      if (Math.abs(clockSkewMinutes) > 7 * 24 * 60) {
        throw new IllegalArgumentException("clock_skew_minutes is beyond a week");
      }
      depositFormat =
          depositFormat == null ? "json" : depositFormat.trim().toLowerCase(Locale.ROOT);
      if (!depositFormat.equals("json") && !depositFormat.equals("xml")) {
        throw new IllegalArgumentException(
            "deposit_format '" + depositFormat + "' is not json or xml");
      }
    }

    static State off(String depositFormat) {
      return new State(false, false, false, false, false, 0, false, false, 0, depositFormat, false);
    }

    boolean xml() {
      return depositFormat.equals("xml");
    }
  }

  private final String defaultFormat;
  private final AtomicReference<State> state = new AtomicReference<>();

  Switches(@Value("${saakh.simulator.deposit-format:json}") String depositFormat) {
    this.defaultFormat = State.off(depositFormat).depositFormat();
    state.set(State.off(defaultFormat));
  }

  State now() {
    return state.get();
  }

  /**
   * Sets the switches {@code json} (an object) names; an unknown name or a wrong value is an {@link
   * IllegalArgumentException} saying which, and changes nothing.
   */
  State update(byte[] json) {
    JsonNode in;
    try {
      in = RebitJson.mapper().readTree(json == null ? new byte[0] : json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the switches are not JSON: " + e.getMessage(), e);
    }
    if (in == null || !in.isObject()) {
      throw new IllegalArgumentException("the switches must be a JSON object");
    }
    synchronized (state) {
      ObjectNode merged = RebitJson.mapper().valueToTree(state.get());
      List<String> unknown = new ArrayList<>();
      for (Iterator<String> names = in.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!merged.has(name)) {
          unknown.add(name);
        }
        JsonNode v = in.get(name);
        JsonNode was = merged.get(name);
        if (was != null && !v.isNull() && was.getNodeType() != v.getNodeType()) {
          throw new IllegalArgumentException(
              name + " must be " + was.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        merged.set(name, v);
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown switches " + unknown + "; known: " + names(merged));
      }
      State next;
      try {
        next = RebitJson.mapper().treeToValue(merged, State.class);
      } catch (IOException e) {
        Throwable cause = e.getCause() instanceof IllegalArgumentException i ? i : e;
        throw new IllegalArgumentException(cause.getMessage(), e);
      }
      state.set(next);
      return next;
    }
  }

  State reset() {
    State off = State.off(defaultFormat);
    state.set(off);
    return off;
  }

  private static List<String> names(ObjectNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
