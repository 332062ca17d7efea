package dev.saakh.synth.model;

import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Facility;
import dev.saakh.core.bank.HolderRole;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One account before its statement is simulated.
 *
 * @param index position in the model's account list (the transaction table's account column)
 * @param limitPaise OD/CC limit the balance may go below zero by; 0 without a facility
 * @param holderIndex which director holds it (0-based), or -1 for the business or consumer
 */
public record AccountPlan(
    int index,
    String accountId,
    Bank bank,
    String accountNumber,
    String ifsc,
    String branch,
    AccountType type,
    Facility facility,
    long limitPaise,
    LocalDate openingDate,
    long openingBalancePaise,
    String holderName,
    String holderPan,
    String holderMobile,
    HolderRole role,
    int holderIndex) {

  public AccountPlan {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(role, "role");
  }

  /** The account number as AA payloads mask it: all but the last four digits hidden. */
  public String masked() {
    return "X".repeat(accountNumber.length() - 4)
        + accountNumber.substring(accountNumber.length() - 4);
  }
}
