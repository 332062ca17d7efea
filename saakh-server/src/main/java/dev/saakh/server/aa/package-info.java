/**
 * The ReBIT Account Aggregator API 2.0.0 as both sides speak it: the messages ({@link Messages},
 * JSON names exactly as the specification spells them), their one mapping ({@link RebitJson}), the
 * checks every message gets ({@link Rebit}: version, timestamp, txnid) and the error a party
 * answers with ({@link RebitException}). The signature and FI data encryption are in {@code
 * aa.crypto}; the lender's side (FIU) is in {@code consent} and {@code fetch}, the built-in AA and
 * FIPs in {@code simulator}.
 */
package dev.saakh.server.aa;
