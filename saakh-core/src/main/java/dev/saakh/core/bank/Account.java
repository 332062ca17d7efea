package dev.saakh.core.bank;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deposit account (ReBIT DEPOSIT summary and profile), clean form. What a source may not say is
 * null rather than a reason to drop the account and every transaction on it: a bank's export gives
 * no opening date or account type, an AA payload from a bank outside {@link Bank}'s list gives an
 * IFSC Saakh cannot name a bank from, a payload without a Profile gives no holder.
 *
 * @param bank null when the IFSC names a bank outside {@link Bank}'s list, or none was given
 * @param ifsc as the source wrote it, null when not given; an odd one is kept, not refused
 * @param type null when the source does not say
 * @param openingDate null when the source does not say
 * @param currentBalance null when the source does not say
 * @param holderName null when the source does not say
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
    Objects.requireNonNull(maskedAccNumber, "maskedAccNumber");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(holderRole, "holderRole");
    if ((facility == null) != (sanctionedLimit == null)) {
      throw new IllegalArgumentException("facility and sanctionedLimit must be given together");
    }
  }
}
