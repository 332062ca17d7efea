package dev.saakh.server.console;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.consent.ConsentService;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.retention.Due;
import dev.saakh.server.retention.RetentionJob;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.CustomerStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The customer header every tab shows: segment, the consent chip (status, FI types, range, expiry),
 * the retention date, and what has been done to the data. It reads the consent list (an audited
 * read) and the customer's processing times, never the customer's financial data.
 */
@Component
class Header {
  private final CustomerService customers;
  private final CustomerStore store;
  private final ConsentService consents;
  private final RetentionJob retention;

  Header(
      CustomerService customers,
      CustomerStore store,
      ConsentService consents,
      RetentionJob retention) {
    this.customers = customers;
    this.store = store;
    this.consents = consents;
    this.retention = retention;
  }

  /** The consent as the chip shows it. */
  record Chip(
      String consentId,
      String status,
      String fiTypes,
      String range,
      OffsetDateTime expiry,
      String purpose,
      boolean usable) {}

  /** The header of one customer. */
  record View(
      String customerId,
      String segment,
      boolean held,
      String source,
      Chip consent,
      String pendingRequest,
      Due retention,
      OffsetDateTime ingestedAt,
      OffsetDateTime cleanedAt,
      OffsetDateTime analysedAt) {}

  View of(Caller who, String customerId) {
    String id = CustomerService.requireId(customerId);
    String segment = CustomerId.parse(id).segment().name();
    Optional<CustomerStore.Customer> c = store.find(id);
    Chip chip = null;
    if (c.isPresent()) {
      chip = chip(customers.consents(who, id), Instant.now());
    }
    String pending = null;
    for (ConsentStore.Row r : consents.consents(who, id)) {
      if ("PENDING".equals(r.status())) {
        pending = r.consentHandle();
        break;
      }
    }
    Due due = retention.dues(id).stream().min(Comparator.comparing(Due::at)).orElse(null);
    return new View(
        id,
        segment,
        c.isPresent(),
        c.map(x -> x.source().name()).orElse(null),
        chip,
        pending,
        due,
        c.map(CustomerStore.Customer::ingestedAt).orElse(null),
        c.map(CustomerStore.Customer::cleanedAt).orElse(null),
        c.map(CustomerStore.Customer::analysedAt).orElse(null));
  }

  /** The newest usable consent, or else the newest one, as a chip. */
  private static Chip chip(List<ConsentArtefact> all, Instant now) {
    ConsentArtefact best = null;
    boolean usable = false;
    for (ConsentArtefact a : all) {
      boolean ok =
          "ACTIVE".equals(a.status().name())
              && now.isBefore(a.consentExpiry().toInstant())
              && !now.isBefore(a.consentStart().toInstant());
      if (best == null
          || ok && !usable
          || ok == usable && a.consentStart().isAfter(best.consentStart())) {
        best = a;
        usable = ok;
      }
    }
    if (best == null) {
      return null;
    }
    String status = best.status().name();
    if ("ACTIVE".equals(status) && !now.isBefore(best.consentExpiry().toInstant())) {
      status = "EXPIRED";
    }
    return new Chip(
        best.consentId(),
        status,
        String.join(", ", best.fiTypes().stream().map(Enum::name).toList()),
        best.fiDataFrom() + " to " + best.fiDataTo(),
        best.consentExpiry(),
        best.purposeCode() + " " + best.purposeText(),
        usable);
  }

  /** The message of a refusal, for a tab that shows it in place of its data. */
  static String refusal(ApiException e) {
    return e.getMessage();
  }
}
