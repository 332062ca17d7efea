package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.clean.AccountChain;
import dev.saakh.core.clean.ChainBreak;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.util.List;

/**
 * What reading a statement found, as JSON for the CLI and the server alike: the files read, the
 * consents beside them, each account's balance chain, and which file and entry a statement line
 * came from.
 */
public final class StatementReport {
  private StatementReport() {}

  /**
   * Where one raw line of a statement came from.
   *
   * @param entry the line's position among the file's own accounts or transactions (1-based)
   */
  public record Location(String file, long entry) {}

  /** Each file read: name, format, layout, what it held, what was merged or renamed. */
  public static ArrayNode files(StatementData s) {
    ArrayNode out = LakeJson.mapper().createArrayNode();
    for (SourceFile f : s.sources()) {
      ObjectNode o = out.addObject();
      o.put("name", f.name());
      o.put("format", f.format().name());
      o.put("layout", f.layout());
      o.put("accounts", f.accounts());
      o.put("transactions", f.transactions());
      o.put("accounts_merged_with_earlier_files", f.mergedAccounts());
      o.put("transaction_ids_renamed", f.renamedIds());
    }
    return out;
  }

  /** The consents given with the statement: which, whose, for what and for which dates. */
  public static ArrayNode consents(List<StatementInput> consents) {
    ArrayNode out = LakeJson.mapper().createArrayNode();
    for (StatementInput in : consents) {
      ConsentArtefact c = in.consent();
      ObjectNode o = out.addObject();
      o.put("source", in.source());
      o.put("consent_id", c.consentId());
      o.put("customer", c.customerId());
      o.put("status", c.status() == null ? null : c.status().name());
      o.put("purpose_code", c.purposeCode());
      o.put("fi_data_from", String.valueOf(c.fiDataFrom()));
      o.put("fi_data_to", String.valueOf(c.fiDataTo()));
      o.put("consent_expiry", String.valueOf(c.consentExpiry()));
      ArrayNode types = o.putArray("fi_types");
      c.fiTypes().forEach(t -> types.add(t.name()));
    }
    return out;
  }

  /** Each account's balance chain: links checked and the breaks (none for clean NDJSON). */
  public static ArrayNode chains(StatementData s) {
    ArrayNode out = LakeJson.mapper().createArrayNode();
    if (s.clean() == null) {
      return out;
    }
    for (AccountChain c : s.clean().chains()) {
      ObjectNode o = out.addObject();
      o.put("account_id", c.accountId());
      o.put("entries", c.entries());
      o.put("links_checked", c.linksChecked());
      o.put("break_count", c.breakCount());
      o.put("dates_out_of_order", c.datesOutOfOrder());
      ArrayNode breaks = o.putArray("breaks");
      for (ChainBreak b : c.breaks()) {
        ObjectNode e = breaks.addObject();
        e.put("transaction_id", b.transactionId());
        e.put("expected_balance", rupees(b.expected()));
        e.put("observed_balance", rupees(b.observed()));
        e.put("difference", rupees(b.difference()));
      }
    }
    return out;
  }

  /**
   * The file and entry a raw line of the statement came from, or null when the statement was one
   * file read on its own (its lines are the file's).
   *
   * @param transaction whether {@code line} is a transaction line (else an account line)
   */
  public static Location locate(StatementData s, boolean transaction, long line) {
    for (SourceFile f : s.sources()) {
      if (transaction && f.holdsTransactionLine(line)) {
        return new Location(f.name(), line - f.firstTransactionLine() + 1);
      }
      if (!transaction && f.holdsAccountLine(line)) {
        return new Location(f.name(), line - f.firstAccountLine() + 1);
      }
    }
    return null;
  }

  private static String rupees(Money m) {
    return m == null ? null : m.toString();
  }
}
