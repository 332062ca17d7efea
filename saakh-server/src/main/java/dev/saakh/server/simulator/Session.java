package dev.saakh.server.simulator;

import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.crypto.FiCrypto;
import dev.saakh.server.aa.crypto.KeyMaterial;
import java.util.List;
import java.util.Objects;

/**
 * An FI data session at the simulated AA: the FI request's txnid (every FI notification about it
 * carries it), the FIP's key for it, each account's status and the encrypted data of those READY.
 */
record Session(
    String sessionId,
    String consentId,
    String txnid,
    String sessionStatus,
    List<Messages.AccountStatus> accounts,
    List<Messages.EncryptedFi> data,
    FiCrypto.Party fip,
    KeyMaterial fipKey) {
  Session {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(txnid, "txnid");
    accounts = List.copyOf(accounts);
    data = List.copyOf(data);
  }
}
