/**
 * Saakh synth: the profile-aware synthetic AA data generator. {@link dev.saakh.synth.Generator}
 * builds one in-memory model per customer, a pure function of (seed, customer id, as-of date,
 * config), and every dataset is a view of that model, so bank, GST and bureau data agree.
 */
package dev.saakh.synth;
