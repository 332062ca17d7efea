package dev.saakh.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a job is asked to do, in one canonical form: the same request written differently ({@code
 * 500000} or {@code 500000.00}, fields in another order, an absent field or {@code null}) has the
 * same bytes and so the same SHA-256, which is what an {@code Idempotency-Key} is bound to.
 */
record JobRequest(String customerId, Decider.Request decision) {
  /** Longest idempotency key accepted (the column's width). */
  static final int MAX_KEY = 200;

  JobRequest {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(decision, "decision");
  }

  /** The canonical JSON: kind, customer, amount in rupees at scale 2 (or null), tenure. */
  JsonNode canonical() {
    ObjectNode n = LakeJson.mapper().createObjectNode();
    n.put("kind", Job.UNDERWRITE);
    n.put("customer_id", customerId);
    if (decision.amount() == null) {
      n.putNull("amount");
    } else {
      n.put("amount", decision.amount().amount().toPlainString());
    }
    if (decision.tenureMonths() == null) {
      n.putNull("tenure_months");
    } else {
      n.put("tenure_months", decision.tenureMonths().intValue());
    }
    return n;
  }

  String canonicalText() {
    try {
      return LakeJson.mapper().writeValueAsString(canonical());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a job request is not writable as JSON", e);
    }
  }

  String sha256() {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalText().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The key as given, checked: required, 1 to 200 visible ASCII characters. */
  static String key(String key) {
    if (key == null || key.isEmpty()) {
      throw ApiException.badRequest(
          "idempotency-key-required",
          "header 'Idempotency-Key' is required (1 to "
              + MAX_KEY
              + " visible ASCII characters, e.g. a UUID); the same key returns the same job",
          "Idempotency-Key");
    }
    if (key.length() > MAX_KEY) {
      throw ApiException.badRequest(
          "bad-idempotency-key",
          "header 'Idempotency-Key' is " + key.length() + " characters; at most " + MAX_KEY,
          "Idempotency-Key");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw ApiException.badRequest(
            "bad-idempotency-key",
            "header 'Idempotency-Key' may hold only visible ASCII characters (no spaces); character "
                + (i + 1)
                + " is not one",
            "Idempotency-Key");
      }
    }
    return key;
  }
}
