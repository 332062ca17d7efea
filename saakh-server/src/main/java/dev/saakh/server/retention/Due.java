package dev.saakh.server.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * One rule's verdict on one customer: what falls due and when.
 *
 * @param since what the rule counts from (the decision, the revocation, the fetch, the clean)
 * @param at when it falls due; due at a time {@code now} when {@code at} is not after {@code now}
 */
public record Due(String customerId, Rule rule, Instant since, Instant at) {
  public Due {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(at, "at");
  }

  /** Whether it is due at {@code now} (exactly at {@code at} included). */
  public boolean dueAt(Instant now) {
    return !at.isAfter(now);
  }
}
