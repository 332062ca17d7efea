package dev.saakh.core.statement;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One input read but not yet cleaned: its accounts and transactions, ready to become one customer's
 * raw lake lines. Every reader of a raw format (a ReBIT document, an AA envelope, a bank's export)
 * yields parts; several parts of one customer are appended to the same raw lines and cleaned once,
 * so a transaction in two overlapping statements is one duplicate, not two transactions.
 */
public interface RawPart {
  /** The customer the input names, or null when it names none. */
  String customerId();

  /** How many accounts the input holds. */
  int accountCount();

  /** How many transactions the input holds. */
  long transactionCount();

  /**
   * Appends the input's accounts and transactions to {@code raw} as raw lines of {@code customer},
   * numbered after the lines already there; {@code used} holds the account ids given so far (parts
   * of one customer share it, so two inputs never give one id to two accounts).
   */
  void appendRaw(String customer, Map<Dataset, List<RawLine>> raw, Set<String> used);
}
