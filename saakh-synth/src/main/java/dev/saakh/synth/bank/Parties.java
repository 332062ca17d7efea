package dev.saakh.synth.bank;

import dev.saakh.core.bank.Bank;
import dev.saakh.synth.catalog.Merchant;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.Party;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.random.Rng;
import java.util.Locale;

/** Builds counterparties with plausible UPI ids, IFSCs and account tails. */
final class Parties {
  private Parties() {}

  static String ifsc(Bank bank, Rng rng) {
    return bank.ifscCode() + "0" + rng.digits(6);
  }

  static Party merchant(Merchant m, Rng rng) {
    Bank bank = rng.pick(Bank.values());
    return new Party(m.name(), PartyKind.MERCHANT, m.vpa(), bank, ifsc(bank, rng), rng.digits(4));
  }

  static Party person(String name, Rng rng) {
    Bank bank = rng.pick(Bank.values());
    String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
    String vpa =
        rng.chance(0.4)
            ? rng.digits(10) + "@ybl"
            : local + rng.between(1, 99) + "@" + bank.vpaHandle();
    return new Party(
        name.toUpperCase(Locale.ROOT), PartyKind.PERSON, vpa, bank, ifsc(bank, rng), rng.digits(4));
  }

  static Party business(String name, Rng rng) {
    Bank bank = rng.pick(Bank.values());
    String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
    String vpa = local.substring(0, Math.min(14, local.length())) + "@" + bank.vpaHandle();
    return new Party(
        name.toUpperCase(Locale.ROOT),
        PartyKind.BUSINESS,
        vpa,
        bank,
        ifsc(bank, rng),
        rng.digits(4));
  }

  static Party institution(String name, PartyKind kind, Rng rng) {
    Bank bank = rng.pick(Bank.values());
    return new Party(
        name.toUpperCase(Locale.ROOT), kind, null, bank, ifsc(bank, rng), rng.digits(4));
  }

  static Party ownAccount(AccountPlan plan) {
    return new Party(
        plan.holderName().toUpperCase(Locale.ROOT),
        PartyKind.OWN_ACCOUNT,
        null,
        plan.bank(),
        plan.ifsc(),
        plan.accountNumber().substring(plan.accountNumber().length() - 4));
  }
}
