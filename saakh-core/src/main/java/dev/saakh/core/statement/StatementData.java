package dev.saakh.core.statement;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanResult;
import java.util.Objects;

/**
 * One statement file's clean data, for one customer.
 *
 * @param customerId the customer the file names, or {@link BankStatementFile#ANONYMOUS_CUSTOMER}
 *     for a ReBIT document that names none
 * @param data the clean records: transactions, and for ReBIT also the accounts; every other dataset
 *     is empty
 * @param clean what cleaning did (counts, quarantine, duplicates, balance chains) for a ReBIT
 *     document; null for clean NDJSON, which is read as already clean
 */
public record StatementData(
    String customerId, Format format, CustomerData data, CleanResult clean) {
  public StatementData {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(data, "data");
    if ((clean == null) != (format == Format.CLEAN_NDJSON)) {
      throw new IllegalArgumentException("a clean result comes with ReBIT input and only with it");
    }
  }
}
