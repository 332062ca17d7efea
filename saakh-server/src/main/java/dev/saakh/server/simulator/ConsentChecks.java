package dev.saakh.server.simulator;

import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import java.time.Instant;
import java.util.List;

/**
 * What the simulated AA requires of a consent request and of an FI request's date range: each
 * missing or malformed field is 400 {@code InvalidRequest} naming it.
 */
final class ConsentChecks {
  /** The FI types the simulated FIPs hold. */
  static final List<String> FI_TYPES =
      List.of(
          "DEPOSIT",
          "GSTR1_3B",
          "CREDIT_REPORT",
          "LIFE_INSURANCE",
          "GENERAL_INSURANCE",
          "MUTUAL_FUNDS",
          "ONDC_ORDERS",
          "OCEN_APPLICATIONS");

  private ConsentChecks() {}

  /** The checked detail of a consent request. */
  static Messages.ConsentDetail detail(Messages.ConsentRequest r) {
    String t = r.txnid();
    Messages.ConsentDetail d = r.consentDetail();
    if (d == null) {
      throw Rebit.invalid("ConsentDetail is missing", t);
    }
    if (d.customer() == null || blank(d.customer().id())) {
      throw Rebit.invalid("ConsentDetail.Customer.id is missing", t);
    }
    if (d.dataConsumer() == null || blank(d.dataConsumer().id())) {
      throw Rebit.invalid("ConsentDetail.DataConsumer.id is missing", t);
    }
    if (d.purpose() == null || blank(d.purpose().code())) {
      throw Rebit.invalid("ConsentDetail.Purpose.code is missing", t);
    }
    if (d.fiTypes() == null || d.fiTypes().isEmpty()) {
      throw Rebit.invalid("ConsentDetail.fiTypes is missing", t);
    }
    for (String type : d.fiTypes()) {
      if (!FI_TYPES.contains(type)) {
        throw Rebit.invalid(
            "ConsentDetail.fiTypes: '" + Rebit.clip(type) + "' is not one of " + FI_TYPES, t);
      }
    }
    Instant start = Rebit.instant(d.consentStart(), "ConsentDetail.consentStart", t);
    Instant expiry = Rebit.instant(d.consentExpiry(), "ConsentDetail.consentExpiry", t);
    if (!expiry.isAfter(start)) {
      throw Rebit.invalid("ConsentDetail.consentExpiry is not after consentStart", t);
    }
    range(d.fiDataRange(), "ConsentDetail.FIDataRange", t);
    return d;
  }

  /** The range's bounds, checked: present, ISO 8601, from before to. */
  static Instant[] range(Messages.Range r, String field, String txnid) {
    if (r == null) {
      throw Rebit.invalid(field + " is missing", txnid);
    }
    Instant from = Rebit.instant(r.from(), field + ".from", txnid);
    Instant to = Rebit.instant(r.to(), field + ".to", txnid);
    if (from.isAfter(to)) {
      throw new RebitException(
          400, "InvalidDateRange", field + ".from is after " + field + ".to", txnid);
    }
    return new Instant[] {from, to};
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
