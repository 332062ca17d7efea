/**
 * An MSME's true monthly turnover by profile (growth, decline, seasonality, stability) and what it
 * declares to GST: the one series both the GST returns and the bank credits are drawn from.
 */
package dev.saakh.synth.business;
