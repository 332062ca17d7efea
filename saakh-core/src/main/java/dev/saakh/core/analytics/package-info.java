/**
 * The per-customer analytics reports of DESIGN §6, computed from clean records, each figure with
 * the data window it used and an explicit "no data" instead of a zero or a NaN. So far: {@link
 * dev.saakh.core.analytics.GstSummary}.
 */
package dev.saakh.core.analytics;
