package dev.saakh.synth.model;

import dev.saakh.core.bank.Bank;
import java.util.Objects;

/**
 * A counterparty in a customer's transactions, with the details narrations show.
 *
 * @param name the name as the customer's bank prints it (upper case)
 * @param vpa the UPI id, or null for parties that are not paid by UPI
 * @param accountTail last four digits of the party's account, for IMPS/NEFT narrations
 */
public record Party(
    String name, PartyKind kind, String vpa, Bank bank, String ifsc, String accountTail) {
  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(ifsc, "ifsc");
    Objects.requireNonNull(accountTail, "accountTail");
  }
}
