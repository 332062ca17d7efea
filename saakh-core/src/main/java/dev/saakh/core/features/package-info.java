/**
 * Behavioural features of one person's bank statement (DESIGN §6): salary retention, early vs late
 * month spending, impulse spending, UPI volume spikes, balance drop after salary, inflow timing,
 * and the manipulation checks (round-tripping, regular P2P, window dressing). One implementation
 * serves a consumer's own statement and each MSME director's personal accounts. Entry point: {@link
 * dev.saakh.core.features.BehaviouralFeatures}; result: {@link
 * dev.saakh.core.features.FeatureVector}.
 */
package dev.saakh.core.features;
