/**
 * The clean stage: messy raw values and records into typed ones, or a {@link
 * dev.saakh.core.clean.ReasonCode} — never an exception on data. It owns the value parsers ({@link
 * dev.saakh.core.clean.DateParser} for every date format of DESIGN §4.3, {@link
 * dev.saakh.core.clean.AmountParser} for signed, marked and grouped rupee amounts), the calendar
 * arithmetic they share (package-private, no {@code java.time} on the hot path) and the reason
 * codes that quarantine lines and the clean log carry. Parsers are reusable per-thread holders that
 * allocate nothing per value.
 */
package dev.saakh.core.clean;
