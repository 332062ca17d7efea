package dev.saakh.core.policy;

/** What a knock-out rule that fires does to the application. */
public enum RuleOutcome {
  REJECT,
  REFER
}
