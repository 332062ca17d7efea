/**
 * The per-customer pipeline (DESIGN §2): consent check → clean → analyze → score → decide, one
 * customer at a time, nothing shared between customers. Time comes from an injected clock, so the
 * same inputs, policy and clock give an identical {@link dev.saakh.core.pipeline.DecisionRecord}.
 * Entry point: {@link dev.saakh.core.pipeline.Underwriting}.
 */
package dev.saakh.core.pipeline;
