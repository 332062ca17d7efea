package dev.saakh.synth.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a clean record of any dataset but transactions as its raw line: the clean JSON, with date
 * and money fields rewritten as messy strings and one field sometimes missing. These datasets are
 * small (tens of records a customer), so going through Jackson's tree costs nothing that shows.
 */
final class RecordRenderer {
  static final Set<String> DATES =
      Set.of(
          "incorporation_date",
          "date_of_birth",
          "fi_data_from",
          "fi_data_to",
          "opening_date",
          "balance_date",
          "due_date",
          "filing_date",
          "report_date",
          "opened_date",
          "closed_date",
          "date",
          "start_date",
          "maturity_date",
          "nav_date",
          "created_date");
  static final Set<String> MONEY =
      Set.of(
          "sanctioned_limit",
          "current_balance",
          "taxable_value",
          "output_tax",
          "itc_claimed",
          "tax_paid_cash",
          "interest",
          "late_fee",
          "sanctioned_amount",
          "overdue_amount",
          "emi",
          "amount",
          "sum_assured",
          "premium",
          "cost_value",
          "current_value",
          "sip_amount",
          "unit_price",
          "quote_total",
          "amount_requested",
          "amount_offered");
  private static final Set<String> NEVER_DROPPED = Set.of("customer_id", "segment");

  private final Mess mess;
  private final Labels labels;
  private final StringBuilder sb = new StringBuilder(64);

  RecordRenderer(Mess mess, Labels labels) {
    this.mess = mess;
    this.labels = labels;
  }

  void render(JsonLine out, Dataset dataset, Object record, boolean duplicable) {
    ObjectNode clean = LakeJson.mapper().valueToTree(record);
    String cid = clean.get("customer_id").asText();
    String id = clean.get(dataset.idField()).asText();
    writeTruth(dataset, cid, id, clean);
    List<String> droppable = new ArrayList<>();
    for (Iterator<String> it = clean.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals(dataset.idField()) && !NEVER_DROPPED.contains(name)) {
        droppable.add(name);
      }
    }
    String dropped = mess.dropped(droppable.toArray(new String[0]));
    int lineStart = out.length();
    out.beginObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = clean.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getKey().equals(dropped)) {
        mess.defect(
            cid,
            dataset,
            id,
            Mess.MISSING_FIELD,
            f.getKey(),
            null,
            f.getValue().isNull() ? null : f.getValue().asText());
        switch (mess.missingShape()) {
          case 1 -> out.nullField(f.getKey());
          case 2 -> out.field(f.getKey(), "");
          default -> {}
        }
        continue;
      }
      field(out, dataset, cid, id, f.getKey(), f.getValue());
    }
    out.endLine();
    if (duplicable && mess.duplicate()) {
      out.repeat(lineStart, out.length());
      mess.duplicateOf(cid, dataset, id, id);
    }
  }

  private void writeTruth(Dataset dataset, String cid, String id, ObjectNode clean) {
    JsonLine out = labels.beginTruth(cid, dataset, id);
    out.beginObject("record");
    for (Iterator<Map.Entry<String, JsonNode>> it = clean.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      Nodes.write(out, f.getKey(), f.getValue());
    }
    out.endObject();
    labels.endTruth();
  }

  private void field(
      JsonLine out, Dataset dataset, String cid, String id, String name, JsonNode value) {
    if (value.isNull()) {
      out.nullField(name);
    } else if (DATES.contains(name) && value.isTextual()) {
      out.field(name, date(dataset, cid, id, name, value.asText()));
    } else if (MONEY.contains(name) && value.isNumber()) {
      out.field(name, money(dataset, cid, id, name, value));
    } else if (name.equals("period") && value.isTextual() && mess.rng.chance(0.5)) {
      String p = value.asText(); // GSTN's own return-period form: MMYYYY
      out.field(name, p.substring(5, 7) + p.substring(0, 4));
    } else if (value.isObject()) {
      out.beginObject(name);
      nested(out, dataset, cid, id, value);
      out.endObject();
    } else if (value.isArray()) {
      out.beginArray(name);
      for (JsonNode element : value) {
        if (element.isObject()) {
          out.beginObject();
          nested(out, dataset, cid, id, element);
          out.endObject();
        } else {
          Nodes.element(out, element);
        }
      }
      out.endArray();
    } else {
      Nodes.write(out, name, value);
    }
  }

  private void nested(JsonLine out, Dataset dataset, String cid, String id, JsonNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      field(out, dataset, cid, id, f.getKey(), f.getValue());
    }
  }

  private String date(Dataset dataset, String cid, String id, String name, String iso) {
    LocalDate date;
    try {
      date = LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return iso;
    }
    int style = mess.dateStyle(Formats.ISO);
    if (style == Formats.ISO) {
      return iso;
    }
    sb.setLength(0);
    Formats.date(sb, date, style, 12 * 3600);
    String raw = sb.toString();
    mess.defect(cid, dataset, id, Mess.DATE_FORMAT, name, raw, iso);
    return raw;
  }

  private String money(Dataset dataset, String cid, String id, String name, JsonNode value) {
    long paise = value.decimalValue().movePointRight(2).longValue();
    String plain = value.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    int style = mess.amountStyle(Formats.PLAIN);
    if (style == Formats.PLAIN || paise < 0) {
      return plain;
    }
    sb.setLength(0);
    switch (style % 4) {
      case 0 -> Formats.grouped(sb, paise, true);
      case 1 -> Formats.grouped(sb.append('₹'), paise, true);
      case 2 -> Formats.amount(sb, paise, Formats.RS_SLASH, false);
      default -> Formats.amount(sb, paise, Formats.INR, false);
    }
    String raw = sb.toString();
    mess.defect(cid, dataset, id, Mess.AMOUNT_FORMAT, name, raw, plain);
    return raw;
  }
}
