package dev.saakh.core.bank;

import java.util.Objects;

/**
 * A bank transaction as a bank export or AA payload wrote it: every value a string, exactly as
 * found, e.g. {@code date "4 Nov 25"}, {@code amount "1,250.00 Dr"}, {@code balance "₹ 45,320.50"}.
 * Any field but the ids may be missing (null).
 */
public record RawTransaction(
    String transactionId,
    String accountId,
    String customerId,
    String date,
    String amount,
    String narration,
    String balance,
    String type,
    String mode,
    String valueDate,
    String reference) {

  public RawTransaction {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(customerId, "customerId");
  }
}
