/**
 * The clean stage: messy raw values and records into typed ones, or a reason code — never an
 * exception on data. So far: the value parsers ({@link dev.saakh.core.clean.DateParser}, {@link
 * dev.saakh.core.clean.AmountParser}) and the reason codes they report.
 */
package dev.saakh.core.clean;
