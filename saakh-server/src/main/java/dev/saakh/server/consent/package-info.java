/**
 * The lender's side of AA consent (ReBIT AA API 2.0.0): asking the AA for a customer's consent
 * ({@code POST /Consent}), following it ({@code /Consent/handle}), fetching and verifying the
 * signed artefact ({@code /Consent/fetch}), and the notifications the AA sends ({@code POST
 * /aa/fiu/Consent/Notification}, checked as Sahamati's FIU certification scenarios require). A
 * consent's status here is the gate's: a PAUSED, REVOKED or EXPIRED one stops every further use at
 * once.
 */
package dev.saakh.server.consent;
