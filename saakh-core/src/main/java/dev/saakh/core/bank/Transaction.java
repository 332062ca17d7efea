package dev.saakh.core.bank;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank transaction in clean, typed form (DESIGN §4.1). {@code amount} is always positive; the
 * sign lives in {@code type}.
 *
 * @param direction P2P, P2M or SELF when the narration tells, else null
 * @param balanceAfter the running balance after this entry, null when the source had none
 */
public record Transaction(
    String transactionId,
    String accountId,
    String customerId,
    LocalDate date,
    LocalDate valueDate,
    TxnType type,
    Money amount,
    TxnMode mode,
    Channel channel,
    Direction direction,
    String counterparty,
    String vpa,
    String ifsc,
    String reference,
    Category category,
    String narration,
    Money balanceAfter,
    String currency) {

  public Transaction {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(narration, "narration");
    Objects.requireNonNull(currency, "currency");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
  }

  /** This entry read differently: the same facts with another category and direction. */
  public Transaction recategorised(Category newCategory, Direction newDirection) {
    return new Transaction(
        transactionId,
        accountId,
        customerId,
        date,
        valueDate,
        type,
        amount,
        mode,
        channel,
        newDirection,
        counterparty,
        vpa,
        ifsc,
        reference,
        newCategory,
        narration,
        balanceAfter,
        currency);
  }
}
