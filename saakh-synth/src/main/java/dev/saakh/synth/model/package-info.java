/**
 * The one in-memory model of a customer that every dataset file is a view of: identity, accounts
 * with their simulated transactions, GST filings, loans, policies, holdings, orders and loan
 * applications, plus the ground-truth labels of what was injected.
 */
package dev.saakh.synth.model;
