package dev.saakh.core.pipeline;

import dev.saakh.core.decide.Decision;
import dev.saakh.core.money.Money;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a decision rests on, written to {@code LAKE/decisions/ID/decision.json}: who, when
 * (from the injected clock), which engine, policy (id, version, SHA-256) and consent, a hash of
 * every input line, what was asked, the observations and the decision.
 */
public record DecisionRecord(
    String decisionId,
    String customerId,
    String segment,
    OffsetDateTime decidedAt,
    String engineVersion,
    PolicyRef policy,
    ConsentRef consent,
    String inputSha256,
    Money requestedAmount,
    Integer requestedTenureMonths,
    Map<String, Double> observations,
    Decision decision) {
  /** The policy a decision was made under. */
  public record PolicyRef(String id, String version, String sha256) {}

  /** The consent a decision used. */
  public record ConsentRef(String id, int purposeCode, String purposeText, OffsetDateTime expiry) {}

  public DecisionRecord {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(decision, "decision");
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
  }
}
