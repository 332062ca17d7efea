/** Writes a generated lake: customers built in parallel, files written in customer order. */
package dev.saakh.synth.lake;
