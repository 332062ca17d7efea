/**
 * The built-in Account Aggregator and FIP simulator ({@code saakh.simulator.enabled=true}, never
 * with the {@code prod} profile): the AA side of ReBIT AA API 2.0.0 under {@code /sim/aa} (consent
 * requests, handles, signed artefacts, FI requests and encrypted fetches, signed callbacks to the
 * FIU), the customer's AA app ({@code /sim/aa/consents/…}, {@code /sim/aa/ui}), and failure
 * switches. The FIPs' data is Saakh's own generator. Its state lives in memory and is forgotten on
 * restart. See docs/simulator.md.
 */
package dev.saakh.server.simulator;
