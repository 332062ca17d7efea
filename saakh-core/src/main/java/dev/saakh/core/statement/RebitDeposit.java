package dev.saakh.core.statement;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ReBIT DEPOSIT documents (JSON or XML, as an AA delivers them after decryption, one per account,
 * bare or in any AA gateway's envelope: see {@link BankStatementFile#input}) turned into one
 * customer's raw lake lines of {@code accounts} and {@code transactions}, to be stored and cleaned
 * like any other raw data. Nothing is cleaned or dropped here; an account with no transaction in
 * the asked range is kept. Account ids and transaction ids are given as {@link BankStatementFile}
 * gives them.
 */
public final class RebitDeposit {
  private final String customerId;
  private final Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
  private final Set<String> accountIds = new HashSet<>();
  private long transactions;

  public RebitDeposit(String customerId) {
    this.customerId = customerId;
    raw.put(Dataset.ACCOUNTS, new ArrayList<>());
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>());
  }

  /**
   * Adds one document; a malformed one is a {@link StatementException} naming {@code source} and
   * the path, and adds nothing.
   *
   * @return how many transactions the document held
   */
  public long add(byte[] document, String source) {
    StatementInput in = BankStatementFile.input(source, document);
    if (in.part() == null) {
      throw new StatementException(
          StatementException.Code.BAD_RECORD,
          source + ": a ReBIT consent, not FI data; a ReBIT DEPOSIT document was expected");
    }
    RawPart doc = in.part();
    doc.appendRaw(customerId, raw, accountIds);
    transactions += doc.transactionCount();
    return doc.transactionCount();
  }

  /** The raw lines so far: accounts and transactions, numbered from 1 in the order added. */
  public Map<Dataset, List<RawLine>> rawLines() {
    Map<Dataset, List<RawLine>> out = new EnumMap<>(Dataset.class);
    raw.forEach((d, l) -> out.put(d, Collections.unmodifiableList(new ArrayList<>(l))));
    return out;
  }

  /** Transactions read so far. */
  public long transactions() {
    return transactions;
  }
}
