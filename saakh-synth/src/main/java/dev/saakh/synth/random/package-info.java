/** Seeded random sources: one per customer and purpose, derived before any parallel work. */
package dev.saakh.synth.random;
