/**
 * Fraud and manipulation signals computed from clean data, each with its evidence (record ids,
 * periods, observed value and threshold) so a report can explain it. Entry point so far: {@link
 * dev.saakh.core.fraud.GstFraud}, the GST fraud indicators of DESIGN §6.
 */
package dev.saakh.core.fraud;
