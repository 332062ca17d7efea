/**
 * The per-customer pipeline (DESIGN §2): consent check → clean → consent scope → analyze → score →
 * decide, one customer at a time, nothing shared between customers. Time comes from an injected
 * clock, so the same inputs, policy and clock give an identical {@link
 * dev.saakh.core.pipeline.DecisionRecord}. Entry point: {@link
 * dev.saakh.core.pipeline.Underwriting}; the consent gate for servers: {@link
 * dev.saakh.core.pipeline.ConsentGate} (which consent) and {@link
 * dev.saakh.core.pipeline.ConsentScope} (what it lets a caller read).
 */
package dev.saakh.core.pipeline;
