package dev.saakh.core.analytics;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Director;
import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.features.FeatureVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One MSME director's behavioural features, from the personal accounts held in that director's name
 * (matched by PAN, else by name) — the same computation as a consumer's.
 *
 * @param directorId the director's id in the customer record
 * @param name the director's name
 * @param accounts the director's personal accounts in this customer's data
 * @param behavioralSignals the features; null when no personal account of the director was shared
 */
public record DirectorSignals(
    String directorId, String name, List<String> accounts, FeatureVector behavioralSignals) {
  public DirectorSignals {
    Objects.requireNonNull(directorId, "directorId");
    accounts = List.copyOf(accounts);
  }

  /** Every director of an MSME customer, in the customer record's order; empty for a consumer. */
  static List<DirectorSignals> of(CustomerData data, LocalDate from, LocalDate to) {
    Customer c = data.customers().isEmpty() ? null : data.customers().get(0);
    if (c == null) {
      return List.of();
    }
    List<DirectorSignals> out = new ArrayList<>();
    for (Director d : c.directors()) {
      Set<String> accounts = new HashSet<>();
      List<String> ordered = new ArrayList<>();
      for (Account a : data.accounts()) {
        if (a.holderRole() == HolderRole.DIRECTOR && holds(a, d) && accounts.add(a.accountId())) {
          ordered.add(a.accountId());
        }
      }
      List<Transaction> txns =
          data.transactions().stream().filter(t -> accounts.contains(t.accountId())).toList();
      out.add(
          new DirectorSignals(
              d.directorId(),
              d.name(),
              ordered,
              ordered.isEmpty() ? null : BehaviouralFeatures.of(txns, from, to)));
    }
    return out;
  }

  private static boolean holds(Account a, Director d) {
    return a.holderPan() != null ? a.holderPan().equals(d.pan()) : d.name().equals(a.holderName());
  }
}
