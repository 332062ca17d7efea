package dev.saakh.core.clean;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.money.Money;
import java.io.IOException;

/**
 * Writes a clean {@link Transaction} as the lake mapping does, field for field and byte for byte (a
 * test holds the two equal), without Jackson's per-record reflection: transactions are nearly all
 * of a lake's lines.
 */
final class TransactionJson {
  private TransactionJson() {}

  static void write(JsonGenerator g, Transaction t) throws IOException {
    g.writeStartObject();
    g.writeStringField("transaction_id", t.transactionId());
    g.writeStringField("account_id", t.accountId());
    g.writeStringField("customer_id", t.customerId());
    g.writeStringField("date", t.date().toString());
    g.writeStringField("value_date", t.valueDate() == null ? null : t.valueDate().toString());
    g.writeStringField("type", t.type().name());
    money(g, "amount", t.amount());
    g.writeStringField("mode", t.mode().name());
    g.writeStringField("channel", t.channel().name());
    g.writeStringField("direction", t.direction() == null ? null : t.direction().name());
    g.writeStringField("counterparty", t.counterparty());
    g.writeStringField("vpa", t.vpa());
    g.writeStringField("ifsc", t.ifsc());
    g.writeStringField("reference", t.reference());
    g.writeStringField("category", t.category().name());
    g.writeStringField("narration", t.narration());
    money(g, "balance_after", t.balanceAfter());
    g.writeStringField("currency", t.currency());
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String name, Money m) throws IOException {
    g.writeFieldName(name);
    if (m == null) {
      g.writeNull();
    } else {
      g.writeNumber(m.amount());
    }
  }
}
