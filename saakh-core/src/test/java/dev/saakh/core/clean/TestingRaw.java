package dev.saakh.core.clean;

import dev.saakh.core.lake.Dataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Raw lake lines for tests, built as a bank export writes them. */
final class TestingRaw {
  static final String CUSTOMER = "CUST_CON_00001";
  private final Map<Dataset, List<RawLine>> lines = new EnumMap<>(Dataset.class);

  static TestingRaw customer() {
    return new TestingRaw();
  }

  TestingRaw line(Dataset dataset, String text) {
    List<RawLine> list = lines.computeIfAbsent(dataset, d -> new ArrayList<>());
    list.add(RawLine.of(list.size() + 1, text));
    return this;
  }

  /** An account of the customer held by {@code pan}. */
  TestingRaw account(String accountId, String pan) {
    return line(
        Dataset.ACCOUNTS,
        "{\"account_id\":\""
            + accountId
            + "\",\"customer_id\":\""
            + CUSTOMER
            + "\","
            + "\"bank\":\"HDFC\",\"masked_acc_number\":\"XXXXXXXX1234\",\"ifsc\":\"HDFC0001234\","
            + "\"branch\":\"Pune\",\"type\":\"SAVINGS\",\"facility\":null,"
            + "\"sanctioned_limit\":null,\"opening_date\":\"2020-01-01\","
            + "\"current_balance\":\"1000.00\",\"balance_date\":\"2026-10-31\","
            + "\"currency\":\"INR\",\"holder_name\":\"ASHA RAO\",\"holder_pan\":\""
            + pan
            + "\","
            + "\"holder_mobile\":\"9876543210\",\"holder_role\":\"INDIVIDUAL\"}");
  }

  /** A transaction line; null values are left out of the line. */
  TestingRaw txn(
      String id,
      String account,
      String date,
      String amount,
      String narration,
      String balance,
      String type) {
    StringBuilder b = new StringBuilder("{\"transaction_id\":\"").append(id).append('"');
    field(b, "account_id", account);
    field(b, "customer_id", CUSTOMER);
    field(b, "date", date);
    field(b, "amount", amount);
    field(b, "narration", narration);
    field(b, "balance", balance);
    field(b, "type", type);
    return line(Dataset.TRANSACTIONS, b.append('}').toString());
  }

  private static void field(StringBuilder b, String name, String value) {
    if (value != null) {
      b.append(",\"").append(name).append("\":\"").append(value.replace("\"", "\\\"")).append('"');
    }
  }

  Map<Dataset, List<RawLine>> build() {
    return lines;
  }

  CleanResult clean() {
    return Cleaner.withDefaults().clean(CUSTOMER, lines);
  }
}
