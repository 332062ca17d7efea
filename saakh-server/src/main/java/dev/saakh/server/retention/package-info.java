/**
 * Retention and erasure (DPDP): the rules that say when a customer's data falls due ({@link
 * dev.saakh.server.retention.RetentionRules}), the scheduled job that erases it and writes an
 * erasure receipt to the audit chain ({@link dev.saakh.server.retention.RetentionJob}), and the
 * report of what is due ({@code GET /api/v1/retention}).
 */
package dev.saakh.server.retention;
