package dev.saakh.server.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.clean.DateParser;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.server.aa.RebitJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A simulated FIP's ReBIT DEPOSIT documents (one per account, JSON or XML) mapped from the
 * generator's raw {@code accounts} and {@code transactions} lines, every value kept as the raw line
 * wrote it (messy on purpose: cleaning is the FIU's work). Only transactions dated within the
 * session's range are sent; one whose date does not parse is sent too, for the cleaner to judge. A
 * raw line that is not a JSON object is skipped and counted.
 */
final class DepositDocuments {
  static final String NS = "http://api.rebit.org.in/FISchema/deposit";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  /** One account's document. */
  record Document(String linkRef, String masked, byte[] bytes) {}

  /** The documents, and how many raw lines were skipped as not JSON objects. */
  record Built(List<Document> documents, int skipped) {
    Built {
      documents = List.copyOf(documents);
    }
  }

  /** An account as read from the raw lines: its fields, in document order. */
  private record Parts(
      Map<String, String> account,
      Map<String, String> holder,
      Map<String, String> summary,
      List<Map<String, String>> transactions) {}

  private DepositDocuments() {}

  /**
   * The documents of the accounts in {@code linked} (by raw {@code account_id}), with the
   * transactions dated {@code from}..{@code to}.
   */
  static Built build(
      CustomerData.Held held, Set<String> linked, LocalDate from, LocalDate to, boolean xml) {
    int[] skipped = {0};
    Map<String, Parts> accounts = new LinkedHashMap<>();
    for (JsonNode a : objects(held.lines(Dataset.ACCOUNTS), skipped)) {
      String id = a.path("account_id").asText("");
      if (linked.contains(id) && !accounts.containsKey(id)) {
        accounts.put(id, parts(a));
      }
    }
    DateParser dates = new DateParser();
    for (JsonNode t : objects(held.lines(Dataset.TRANSACTIONS), skipped)) {
      Parts p = accounts.get(t.path("account_id").asText(""));
      if (p != null && within(dates, t, from, to)) {
        p.transactions().add(transaction(t));
      }
    }
    List<Document> docs = new ArrayList<>();
    accounts.forEach(
        (id, p) -> {
          byte[] bytes = xml ? xml(p, from, to) : json(p, from, to);
          docs.add(new Document(id, p.account().get("maskedAccNumber"), bytes));
        });
    return new Built(docs, skipped[0]);
  }

  private static List<JsonNode> objects(List<RawLine> lines, int[] skipped) {
    List<JsonNode> out = new ArrayList<>();
    for (RawLine l : lines) {
      JsonNode n;
      try {
        n = RebitJson.mapper().readTree(l.text());
      } catch (IOException e) {
        n = null;
      }
      if (n == null || !n.isObject()) {
        skipped[0]++;
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static boolean within(DateParser p, JsonNode t, LocalDate from, LocalDate to) {
    String date = text(t, "date");
    if (date == null || date.isBlank()) {
      date = text(t, "value_date");
    }
    if (date == null || !p.parse(date)) {
      return true;
    }
    return p.epochDay() >= from.toEpochDay() && p.epochDay() <= to.toEpochDay();
  }

  private static Parts parts(JsonNode a) {
    Map<String, String> account = new LinkedHashMap<>();
    put(account, "linkedAccRef", text(a, "account_id"));
    put(account, "maskedAccNumber", text(a, "masked_acc_number"));
    account.put("type", "deposit");
    account.put("version", "2.0.0");
    Map<String, String> holder = new LinkedHashMap<>();
    put(holder, "name", text(a, "holder_name"));
    put(holder, "mobile", text(a, "holder_mobile"));
    put(holder, "email", text(a, "holder_email"));
    put(holder, "pan", text(a, "holder_pan"));
    holder.put("ckycCompliance", "true");
    Map<String, String> summary = new LinkedHashMap<>();
    put(summary, "currentBalance", text(a, "current_balance"));
    put(summary, "currency", text(a, "currency"));
    put(summary, "balanceDateTime", text(a, "balance_date"));
    put(summary, "type", text(a, "type"));
    put(summary, "branch", text(a, "branch"));
    put(summary, "facility", text(a, "facility"));
    put(summary, "ifscCode", text(a, "ifsc"));
    put(summary, "openingDate", text(a, "opening_date"));
    put(summary, "currentODLimit", text(a, "sanctioned_limit"));
    summary.put("status", "ACTIVE");
    return new Parts(account, holder, summary, new ArrayList<>());
  }

  private static Map<String, String> transaction(JsonNode t) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "txnId", text(t, "transaction_id"));
    put(m, "type", text(t, "type"));
    put(m, "mode", text(t, "mode"));
    put(m, "amount", text(t, "amount"));
    put(m, "currentBalance", text(t, "balance"));
    put(m, "transactionTimestamp", text(t, "date"));
    put(m, "valueDate", text(t, "value_date"));
    put(m, "narration", text(t, "narration"));
    put(m, "reference", text(t, "reference"));
    return m;
  }

  /** A raw field's text as written; null when absent, null, or not a scalar. */
  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return v.isTextual() ? v.asText() : v.toString();
  }

  private static void put(Map<String, String> m, String name, String value) {
    if (value != null) {
      m.put(name, value);
    }
  }

  static byte[] json(Parts p, LocalDate from, LocalDate to) {
    ObjectNode account = RebitJson.mapper().createObjectNode();
    p.account().forEach(account::put);
    ObjectNode holders = account.putObject("Profile").putObject("Holders");
    holders.put("type", "SINGLE");
    ObjectNode holder = holders.putArray("Holder").addObject();
    p.holder().forEach(holder::put);
    ObjectNode summary = account.putObject("Summary");
    p.summary().forEach(summary::put);
    ObjectNode txns = account.putObject("Transactions");
    txns.put("startDate", from.toString());
    txns.put("endDate", to.toString());
    ArrayNode list = txns.putArray("Transaction");
    for (Map<String, String> t : p.transactions()) {
      ObjectNode o = list.addObject();
      t.forEach(o::put);
    }
    ObjectNode doc = RebitJson.mapper().createObjectNode();
    doc.set("Account", account);
    return RebitJson.bytes(doc);
  }

  static byte[] xml(Parts p, LocalDate from, LocalDate to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("Account");
      w.writeDefaultNamespace(NS);
      attributes(w, p.account());
      w.writeStartElement("Profile");
      w.writeStartElement("Holders");
      w.writeAttribute("type", "SINGLE");
      w.writeEmptyElement("Holder");
      attributes(w, p.holder());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEmptyElement("Summary");
      attributes(w, p.summary());
      w.writeStartElement("Transactions");
      w.writeAttribute("startDate", from.toString());
      w.writeAttribute("endDate", to.toString());
      for (Map<String, String> t : p.transactions()) {
        w.writeEmptyElement("Transaction");
        attributes(w, t);
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("a DEPOSIT document could not be written as XML", e);
    }
    return out.toByteArray();
  }

  private static void attributes(XMLStreamWriter w, Map<String, String> m)
      throws XMLStreamException {
    for (Map.Entry<String, String> e : m.entrySet()) {
      w.writeAttribute(e.getKey(), xmlSafe(e.getValue()));
    }
  }

  /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
  private static String xmlSafe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
      if (!ok || c == 0xFFFE || c == 0xFFFF) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
