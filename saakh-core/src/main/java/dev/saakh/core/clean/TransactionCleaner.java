package dev.saakh.core.clean;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cleans one customer's bank transactions: read each line, remove duplicates (same id and content,
 * or same account, date, amount, balance and normalised narration), walk each account's balance
 * chain to settle types, amounts and balances, fill a missing date only when both neighbours agree
 * on it, read the narration, then pair own-account transfers. Not thread-safe.
 */
final class TransactionCleaner {
  private final TxnReader reader = new TxnReader();
  private final TxnLine fields = new TxnLine();
  private final NarrationParser narrations;

  TransactionCleaner(NarrationParser narrations) {
    this.narrations = narrations;
  }

  /** The dataset result and the balance chain of every account. */
  record Result(DatasetResult dataset, List<AccountChain> chains) {}

  Result clean(String customerId, List<RawLine> lines, List<Account> accounts) {
    Tally tally = new Tally();
    List<Quarantined> quarantined = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    Map<String, List<TxnRow>> byAccount = new LinkedHashMap<>();
    Dedupe dedupe = new Dedupe(lines.size());
    for (RawLine line : lines) {
      List<Reason> envelope = envelope(customerId, line);
      if (!envelope.isEmpty()) {
        quarantined.add(
            Quarantined.of(customerId, Dataset.TRANSACTIONS, line, envelopeId(line), envelope));
        continue;
      }
      TxnRow row = reader.read(fields, line, tally);
      Dedupe.Verdict v = dedupe.check(row);
      if (v.duplicateOf() != null) {
        duplicates.add(
            new Duplicate(
                customerId,
                Dataset.TRANSACTIONS.fileName(),
                line.number(),
                row.id,
                v.duplicateOf(),
                v.match(),
                line.text()));
      } else if (v.conflict()) {
        row.reasons.add(new Reason(ReasonCode.DUPLICATE_ID_CONFLICT, "transaction_id", row.id));
        quarantined.add(quarantine(customerId, row));
      } else if (row.accountId == null) {
        quarantined.add(quarantine(customerId, row));
      } else {
        byAccount.computeIfAbsent(row.accountId, k -> new ArrayList<>()).add(row);
      }
    }
    Map<String, Account> known = new HashMap<>();
    accounts.forEach(a -> known.put(a.accountId(), a));
    List<AccountChain> chains = new ArrayList<>();
    List<Transaction> clean = new ArrayList<>();
    for (Map.Entry<String, List<TxnRow>> e : byAccount.entrySet()) {
      if (!known.containsKey(e.getKey())) {
        tally.add("account_not_in_accounts");
      }
      chains.add(settle(customerId, e.getKey(), e.getValue(), clean, quarantined, tally));
    }
    List<Transaction> paired =
        RecurringSalary.mark(SelfTransfers.pair(clean, known, tally), known, tally);
    DatasetResult result =
        new DatasetResult(
            Dataset.TRANSACTIONS, lines.size(), paired, quarantined, duplicates, tally.snapshot());
    return new Result(result, chains);
  }

  /** One account: balance chain, dates, then each row to a clean record or quarantine. */
  private AccountChain settle(
      String customerId,
      String accountId,
      List<TxnRow> rows,
      List<Transaction> clean,
      List<Quarantined> quarantined,
      Tally tally) {
    markSignedExport(rows);
    AccountChain chain = BalanceChain.walk(accountId, rows);
    Dates.fillFromNeighbours(rows, tally);
    for (TxnRow row : rows) {
      Transaction t = TxnFinisher.finish(customerId, row, narrations, tally);
      if (t == null) {
        quarantined.add(quarantine(customerId, row));
      } else {
        clean.add(t);
      }
    }
    return chain;
  }

  /** Line problems, not JSON, no id, another customer: the reasons, or none. */
  private List<Reason> envelope(String customerId, RawLine line) {
    if (line.problem() != null) {
      return List.of(new Reason(line.problem(), null, line.byteLength() + " bytes"));
    }
    if (!fields.parse(line.text())) {
      return List.of(new Reason(fields.problem, null, fields.detail));
    }
    List<Reason> reasons = new ArrayList<>(0);
    if (fields.text[TxnLine.ID] == null) {
      reasons.add(new Reason(ReasonCode.MISSING_ID, "transaction_id", null));
    }
    String customer = fields.text[TxnLine.CUSTOMER];
    if (customer == null) {
      reasons.add(new Reason(ReasonCode.MISSING_CUSTOMER, "customer_id", null));
    } else if (!customer.equals(customerId)) {
      reasons.add(
          new Reason(ReasonCode.WRONG_CUSTOMER, "customer_id", FieldNormaliser.clip(customer)));
    }
    return reasons;
  }

  /**
   * The id of a line the envelope refused: as read when the line parsed that far, else from its
   * text. Never the previous line's: {@link #fields} is only read for lines without a problem.
   */
  private String envelopeId(RawLine line) {
    String read = line.problem() == null ? fields.text[TxnLine.ID] : null;
    return read != null ? read : RawIds.find(line.text(), "transaction_id");
  }

  /** An account whose export writes some amounts with a minus sign writes credits bare. */
  private static void markSignedExport(List<TxnRow> rows) {
    boolean signed = rows.stream().anyMatch(r -> r.minusMarker);
    rows.forEach(r -> r.signedExport = signed);
  }

  private static Quarantined quarantine(String customerId, TxnRow row) {
    return Quarantined.of(customerId, Dataset.TRANSACTIONS, row.line, row.id, row.reasons);
  }
}
