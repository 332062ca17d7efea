package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile.Input;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ReBIT DEPOSIT document read with the streaming parser, one transaction at a time, into the
 * lake's raw account and transaction records, then cleaned by {@link Cleaner} exactly as the lake
 * is. Account id: {@code linkedAccRef}, else {@code maskedAccNumber} (suffixed with the account's
 * position if two accounts share it), else {@code ACCOUNT-<position>}. A transaction without {@code
 * txnId}, or a masked or placeholder one ({@link StableIds#unusable}), gets a {@link StableIds} id
 * hashed from its account, date, amount, type, narration and balance, so the same transaction in
 * two overlapping documents is one duplicate. Raw line numbers are positions: the n-th account or
 * transaction of the document.
 */
final class RebitDocument implements RawPart {
  private final JsonParser p;
  private final String source;
  private final List<AccountPart> accounts = new ArrayList<>();
  private String customerId;
  private long transactions;

  /** One account as read: its raw fields, and each transaction's id and raw text. */
  private static final class AccountPart {
    final List<Txn> txns = new ArrayList<>();
    String ref;
    String masked;
    ObjectNode fields;
  }

  /** One transaction as read: the source's id and the raw record's fields. */
  private record Txn(String id, ObjectNode fields) {}

  private RebitDocument(JsonParser p, String source) {
    this.p = p;
    this.source = source;
  }

  static StatementData read(Input in) throws IOException {
    return parse(in).clean();
  }

  /** The document read, not yet cleaned; errors name the source and the path. */
  static RebitDocument parse(Input in) throws IOException {
    RebitDocument doc;
    try (JsonParser p = BankStatementFile.parser(in)) {
      doc = new RebitDocument(p, in.name());
      doc.document();
    } catch (JsonProcessingException e) {
      throw BankStatementFile.notJson(in.name(), e);
    }
    return doc;
  }

  @Override
  public String customerId() {
    return customerId;
  }

  @Override
  public long transactionCount() {
    return transactions;
  }

  @Override
  public int accountCount() {
    return accounts.size();
  }

  private void document() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      accountList("$");
    } else {
      for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "customer_id" -> customerId = customer(scalar("$", name));
          case "accounts" -> accountList("$.accounts");
          case "Account" -> account("$.Account");
          default -> p.skipChildren();
        }
      }
    }
    if (p.nextToken() != null) {
      throw new StatementException(
          Code.NOT_JSON,
          source
              + ": more than one JSON value (another starts at line "
              + p.currentTokenLocation().getLineNr()
              + "); a ReBIT document is one");
    }
  }

  private String customer(String id) {
    if (id == null) {
      return null;
    }
    try {
      CustomerId.parse(id);
      return id;
    } catch (IllegalArgumentException e) {
      throw bad("$.customer_id", e.getMessage());
    }
  }

  /**
   * The current value, a field of the object at {@code path}, as text (see {@link
   * RebitRecords#text}).
   */
  private String scalar(String path, String field) throws IOException {
    ObjectNode o = LakeJson.mapper().createObjectNode();
    o.set(field, LakeJson.mapper().readTree(p));
    return RebitRecords.text(o, field, where(path));
  }

  private void accountList(String path) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw bad(path, "expected an array of {\"Account\": {…}}, found " + kind());
    }
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      String at = path + "[" + i + "]";
      if (t != JsonToken.START_OBJECT) {
        throw bad(at, "expected {\"Account\": {…}}, found " + kind());
      }
      boolean found = false;
      for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("Account")) {
          account(at + ".Account");
          found = true;
        } else {
          p.skipChildren();
        }
      }
      if (!found) {
        throw bad(at, "no \"Account\" object");
      }
    }
  }

  private void account(String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw bad(path, "expected a ReBIT Account object, found " + kind());
    }
    AccountPart a = new AccountPart();
    JsonNode profile = MissingNode.getInstance();
    JsonNode summary = MissingNode.getInstance();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "maskedAccNumber" -> a.masked = scalar(path, name);
        case "linkedAccRef" -> a.ref = scalar(path, name);
        case "Profile" -> profile = LakeJson.mapper().readTree(p);
        case "Summary" -> summary = LakeJson.mapper().readTree(p);
        case "Transactions" -> transactions(a, path + ".Transactions");
        default -> p.skipChildren();
      }
    }
    a.fields = RebitRecords.account(a.masked, profile, summary, where(path));
    accounts.add(a);
  }

  private void transactions(AccountPart a, String path) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw bad(path, "expected an object with a \"Transaction\" array, found " + kind());
    }
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      t = p.nextToken();
      if (!name.equals("Transaction") || t == JsonToken.VALUE_NULL) {
        p.skipChildren();
      } else if (t == JsonToken.START_OBJECT) {
        transaction(a, path + ".Transaction");
      } else if (t == JsonToken.START_ARRAY) {
        int i = 0;
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
          transaction(a, path + ".Transaction[" + i + "]");
        }
      } else {
        throw bad(path + ".Transaction", "expected an array of transactions, found " + kind());
      }
    }
  }

  private void transaction(AccountPart a, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw bad(path, "expected a transaction object, found " + kind());
    }
    JsonNode t = LakeJson.mapper().readTree(p);
    String id = RebitRecords.text(t, "txnId", where(path));
    ObjectNode fields = RebitRecords.transaction(t, where(path));
    a.txns.add(new Txn(id, fields));
    transactions++;
  }

  private StatementData clean() {
    if (transactions == 0) {
      throw new StatementException(
          Code.NO_TRANSACTIONS,
          source
              + ": no Transactions.Transaction entries in "
              + (accounts.isEmpty()
                  ? "the document (no accounts)"
                  : accounts.size() + " account(s)"));
    }
    String customer = customerId == null ? BankStatementFile.ANONYMOUS_CUSTOMER : customerId;
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    raw.put(Dataset.ACCOUNTS, new ArrayList<>());
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>());
    appendRaw(customer, raw, new HashSet<>());
    CleanResult result = Cleaner.withDefaults().clean(customer, raw);
    return new StatementData(customer, Format.REBIT_DEPOSIT_JSON, CustomerData.of(result), result);
  }

  @Override
  public void appendRaw(String customer, Map<Dataset, List<RawLine>> raw, Set<String> used) {
    List<RawLine> accountLines = raw.get(Dataset.ACCOUNTS);
    List<RawLine> txnLines = raw.get(Dataset.TRANSACTIONS);
    int base = used.size();
    StableIds stable = new StableIds();
    for (int i = 0; i < accounts.size(); i++) {
      AccountPart a = accounts.get(i);
      String accountId = accountId(a, base + i, used);
      ObjectNode record = LakeJson.mapper().createObjectNode();
      record.put("account_id", accountId);
      record.put("customer_id", customer);
      record.setAll(a.fields);
      accountLines.add(RawLine.of(accountLines.size() + 1L, record.toString()));
      String ids = "\"account_id\":" + quote(accountId) + ",\"customer_id\":" + quote(customer);
      for (Txn txn : a.txns) {
        String id =
            StableIds.unusable(txn.id()) ? stableId(stable, accountId, txn.fields()) : txn.id();
        String text =
            "{\"transaction_id\":"
                + quote(id)
                + ","
                + ids
                + ","
                + txn.fields().toString().substring(1);
        txnLines.add(RawLine.of(txnLines.size() + 1L, text));
      }
    }
  }

  private static String stableId(StableIds stable, String accountId, ObjectNode f) {
    return stable.next(
        accountId,
        f.path("date").textValue(),
        f.path("amount").textValue(),
        f.path("type").textValue(),
        f.path("narration").textValue(),
        f.path("balance").textValue());
  }

  private static String accountId(AccountPart a, int index, Set<String> used) {
    String id;
    if (a.ref != null && !a.ref.isBlank()) {
      id = a.ref;
    } else if (a.masked != null && !a.masked.isBlank()) {
      id = used.contains(a.masked) ? a.masked + "-" + (index + 1) : a.masked;
    } else {
      id = "ACCOUNT-" + (index + 1);
    }
    used.add(id);
    return id;
  }

  private static String quote(String s) {
    return TextNode.valueOf(s).toString();
  }

  private String kind() {
    JsonToken t = p.currentToken();
    return switch (t == null ? JsonToken.NOT_AVAILABLE : t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "nothing";
    };
  }

  private String where(String path) {
    return source + ": " + path;
  }

  private StatementException bad(String path, String what) {
    return new StatementException(Code.BAD_RECORD, where(path) + ": " + what);
  }
}
