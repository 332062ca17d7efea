/**
 * The lender's side of the FI data flow (ReBIT AA API 2.0.0): open a session under an ACTIVE
 * consent with a fresh X25519 key ({@code POST /FI/request}), take the AA's notifications ({@code
 * POST /aa/fiu/FI/Notification} and {@code /aa/fiu/Consent/Notification}, signature-checked), fetch
 * the encrypted data ({@code POST /FI/fetch}), decrypt and decode it (ReBIT DEPOSIT in XML or JSON,
 * Saakh's form for the other FI types), store it as the customer's raw data (sealed at rest), and
 * clean and analyse it, every step audited and gated by the consent.
 */
package dev.saakh.server.fetch;
