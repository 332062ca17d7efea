/**
 * The clean stage: a customer's raw lake lines into typed records, or a quarantine entry with
 * {@link dev.saakh.core.clean.ReasonCode}s, or a duplicate with the id it repeats — never an
 * exception on data, and {@code raw = clean + quarantined + duplicates} for every dataset. Entry
 * points: {@link dev.saakh.core.clean.RawIndex} (where each customer's lines sit in the shared raw
 * files), {@link dev.saakh.core.clean.Cleaner} (one customer in, a {@link
 * dev.saakh.core.clean.CleanResult} out), {@link dev.saakh.core.clean.CleanFiles} and {@link
 * dev.saakh.core.clean.CleanLog} (the lake's clean, quarantine and log files). It owns the value
 * parsers ({@link dev.saakh.core.clean.DateParser}, {@link dev.saakh.core.clean.AmountParser}:
 * reusable per-thread holders that allocate nothing per value), narration reading ({@link
 * dev.saakh.core.clean.NarrationParser}, rules in data), and, package-private, the transaction
 * pipeline (streaming line reader, dedupe, balance chain, date repair, self-transfer pairing) and
 * the record-type-driven normaliser for the other nine datasets. See {@code docs/cleaning.md}.
 */
package dev.saakh.core.clean;
