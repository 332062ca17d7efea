package dev.saakh.core.decide;

/**
 * One knock-out as evaluated: the value observed (null when it could not be), the test, and whether
 * it fired and with what outcome ({@code PASS} when it did not).
 */
public record RuleResult(
    String id,
    String signal,
    Double observed,
    String test,
    boolean fired,
    String outcome,
    String reason) {}
