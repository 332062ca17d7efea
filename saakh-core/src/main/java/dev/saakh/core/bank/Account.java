package dev.saakh.core.bank;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deposit account (ReBIT DEPOSIT summary and profile), clean form.
 *
 * @param facility OD or CC when the account has one, else null
 * @param sanctionedLimit the OD/CC limit, null without a facility
 */
public record Account(
    String accountId,
    String customerId,
    Bank bank,
    String maskedAccNumber,
    String ifsc,
    String branch,
    AccountType type,
    Facility facility,
    Money sanctionedLimit,
    LocalDate openingDate,
    Money currentBalance,
    LocalDate balanceDate,
    String currency,
    String holderName,
    String holderPan,
    String holderMobile,
    HolderRole holderRole) {

  public Account {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(maskedAccNumber, "maskedAccNumber");
    Objects.requireNonNull(ifsc, "ifsc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(openingDate, "openingDate");
    Objects.requireNonNull(currentBalance, "currentBalance");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(holderRole, "holderRole");
    if ((facility == null) != (sanctionedLimit == null)) {
      throw new IllegalArgumentException("facility and sanctionedLimit must be given together");
    }
  }
}
