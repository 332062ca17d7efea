/**
 * Writes a generated lake: customers built in parallel, files written in customer order, into a
 * staging folder swapped in only when complete. Replaces only a Saakh lake, never follows a link
 * while deleting, and tidies up after a run that was killed.
 */
package dev.saakh.synth.lake;
