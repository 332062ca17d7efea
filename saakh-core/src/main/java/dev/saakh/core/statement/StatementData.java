package dev.saakh.core.statement;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanResult;
import java.util.List;
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
 * @param duplicates the lines of a clean NDJSON statement that repeated an earlier line exactly and
 *     were removed, in file order; empty for ReBIT (its duplicates are in {@code clean})
 * @param sources the files read, in order, with the raw lines each gave; empty when one file was
 *     read on its own
 */
public record StatementData(
    String customerId,
    Format format,
    CustomerData data,
    CleanResult clean,
    List<DuplicateLine> duplicates,
    List<SourceFile> sources) {
  public StatementData {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(data, "data");
    duplicates = List.copyOf(duplicates);
    sources = List.copyOf(sources);
    if ((clean == null) != (format == Format.CLEAN_NDJSON)) {
      throw new IllegalArgumentException("a clean result comes with ReBIT input and only with it");
    }
    if (!duplicates.isEmpty() && format != Format.CLEAN_NDJSON) {
      throw new IllegalArgumentException("duplicate lines are a clean NDJSON statement's");
    }
  }

  /** One file's statement. */
  public StatementData(
      String customerId,
      Format format,
      CustomerData data,
      CleanResult clean,
      List<DuplicateLine> duplicates) {
    this(customerId, format, data, clean, duplicates, List.of());
  }

  /** A statement with no duplicate lines removed. */
  public StatementData(String customerId, Format format, CustomerData data, CleanResult clean) {
    this(customerId, format, data, clean, List.of(), List.of());
  }
}
