package dev.saakh.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the engine proposed in a stored decision record: its outcome ({@code APPROVE}, {@code
 * REFER}, {@code REJECT}, or {@code STOPPED} for a stop, which is no decision), the amount offered
 * and the offer's tenure (both null when there is no offer).
 */
record Proposal(String outcome, BigDecimal amount, Integer tenureMonths) {
  Proposal {
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The proposal of a decision record as stored (the JSON the CLI writes as decision.json). */
  static Proposal of(byte[] body) {
    JsonNode decision;
    try {
      decision = LakeJson.mapper().readTree(body).path("decision");
    } catch (IOException e) {
      throw new UncheckedIOException("a stored decision record is unreadable", e);
    }
    if (!decision.isObject()) {
      return new Proposal("STOPPED", null, null);
    }
    JsonNode amount = decision.path("amount");
    JsonNode tenure = decision.path("offer").path("terms").path("tenure_months");
    return new Proposal(
        decision.path("outcome").asText("STOPPED"),
        amount.isNumber() ? amount.decimalValue() : null,
        tenure.isInt() ? tenure.intValue() : null);
  }

  /** Whether this is a decision at all (a stop is not). */
  boolean decided() {
    return !"STOPPED".equals(outcome);
  }
}
