/**
 * The lender's decision policy (DESIGN §7): a versioned YAML file, validated by a JSON Schema
 * ({@code /dev/saakh/core/policy/policy.schema.json}) before it is used, holding knock-out rules on
 * named signals, score cut-offs, the pricing grid by grade and each segment's product limits. Entry
 * point: {@link dev.saakh.core.policy.PolicyFile}; result: {@link dev.saakh.core.policy.Policy}.
 */
package dev.saakh.core.policy;
