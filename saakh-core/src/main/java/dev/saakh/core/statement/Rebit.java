package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile.Format;
import dev.saakh.core.statement.BankStatementFile.StatementData;
import dev.saakh.core.statement.StatementException.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ReBIT DEPOSIT documents to the lake's raw account and transaction records. A document without a
 * customer id is read as consumer {@value #ANONYMOUS}.
 */
final class Rebit {
  static final String ANONYMOUS = "CUST_CON_000000000";

  /** Raw lines per dataset, ready for the cleaner. */
  record Raw(Map<Dataset, List<RawLine>> lines) {}

  private Rebit() {}

  static StatementData parse(JsonNode doc, String source) {
    String customer = doc.path("customer_id").asText(ANONYMOUS);
    if (!customer.matches("CUST_(MSM|CON)_[0-9]{5,9}")) {
      customer = ANONYMOUS;
    }
    List<JsonNode> accounts = new ArrayList<>();
    JsonNode list = doc.isArray() ? doc : doc.has("accounts") ? doc.get("accounts") : null;
    if (list == null) {
      accounts.add(doc.get("Account"));
    } else {
      list.forEach(a -> accounts.add(a.has("Account") ? a.get("Account") : a));
    }
    Map<Dataset, List<RawLine>> lines = new EnumMap<>(Dataset.class);
    int txns = 0;
    for (int i = 0; i < accounts.size(); i++) {
      JsonNode a = accounts.get(i);
      if (a == null || !a.isObject()) {
        throw new StatementException(
            Code.BAD_RECORD, source + ": accounts[" + i + "] is not a ReBIT Account object");
      }
      String accountId = accountId(a, customer, i);
      add(lines, Dataset.ACCOUNTS, account(a, customer, accountId));
      for (JsonNode t : a.path("Transactions").path("Transaction")) {
        add(lines, Dataset.TRANSACTIONS, transaction(t, customer, accountId, ++txns));
      }
    }
    if (txns == 0) {
      throw new StatementException(
          Code.NO_TRANSACTIONS, source + ": no Transactions.Transaction entries in any account");
    }
    CleanResult clean = BankStatementFile.clean(customer, new Raw(lines));
    return new StatementData(customer, Format.REBIT_DEPOSIT_JSON, CustomerData.of(clean), clean);
  }

  private static void add(Map<Dataset, List<RawLine>> lines, Dataset d, ObjectNode record) {
    List<RawLine> list = lines.computeIfAbsent(d, k -> new ArrayList<>());
    list.add(RawLine.of(list.size() + 1L, record.toString()));
  }

  private static String accountId(JsonNode a, String customer, int index) {
    String ref = a.path("linkedAccRef").asText("");
    if (!ref.isBlank()) {
      return ref;
    }
    String masked = a.path("maskedAccNumber").asText("");
    return customer + "-" + (masked.isBlank() ? "A" + (index + 1) : masked);
  }

  private static ObjectNode account(JsonNode a, String customer, String accountId) {
    JsonNode summary = a.path("Summary");
    JsonNode holder = a.path("Profile").path("Holders").path("Holder").path(0);
    String ifsc = summary.path("ifscCode").asText(null);
    Bank bank = ifsc == null ? null : Bank.fromIfsc(ifsc);
    ObjectNode o = LakeJson.mapper().createObjectNode();
    o.put("account_id", accountId);
    o.put("customer_id", customer);
    o.put("bank", bank == null ? null : bank.name());
    o.put("masked_acc_number", a.path("maskedAccNumber").asText(null));
    o.put("ifsc", ifsc);
    o.put("branch", summary.path("branch").asText(null));
    o.put("type", summary.path("type").asText(null));
    String facility = summary.path("facility").asText(null);
    boolean limit = facility != null && !facility.isBlank();
    o.put("facility", limit ? facility : null);
    o.put("sanctioned_limit", limit ? summary.path("currentODLimit").asText(null) : null);
    o.put("opening_date", summary.path("openingDate").asText(null));
    o.put("current_balance", summary.path("currentBalance").asText(null));
    o.put("balance_date", summary.path("balanceDateTime").asText(null));
    o.put("currency", summary.path("currency").asText("INR"));
    o.put("holder_name", holder.path("name").asText(null));
    o.put("holder_pan", holder.path("pan").asText(null));
    o.put("holder_mobile", holder.path("mobile").asText(null));
    o.put("holder_role", "INDIVIDUAL");
    return o;
  }

  private static ObjectNode transaction(JsonNode t, String customer, String accountId, int n) {
    ObjectNode o = LakeJson.mapper().createObjectNode();
    String id = t.path("txnId").asText("");
    o.put("transaction_id", id.isBlank() ? accountId + "-R" + n : id);
    o.put("account_id", accountId);
    o.put("customer_id", customer);
    o.put("date", t.path("transactionTimestamp").asText(t.path("valueDate").asText(null)));
    o.put("value_date", t.path("valueDate").asText(null));
    o.put("amount", t.path("amount").asText(null));
    o.put("type", t.path("type").asText(null));
    o.put("mode", t.path("mode").asText(null));
    o.put("narration", t.path("narration").asText(null));
    o.put("balance", t.path("currentBalance").asText(null));
    o.put("reference", t.path("reference").asText(null));
    return o;
  }
}
