package dev.saakh.server.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.server.aa.RebitJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated FIPs' documents for the FI types ReBIT gives Saakh no schema it reads (docs/
 * consent-gate.md): Saakh's form {@code {"Saakh": {"version": "1", "fiType", "dataset", "records":
 * ["<raw line>", …]}}}, the raw lines exactly as generated. Both insurance FI types share one
 * document of {@code policies}, under the first of them the consent names.
 */
final class SaakhDocuments {
  private SaakhDocuments() {}

  /** The dataset an FI type's data is, or null for DEPOSIT (a ReBIT document). */
  static Dataset dataset(String fiType) {
    return switch (fiType) {
      case "GSTR1_3B" -> Dataset.GST;
      case "CREDIT_REPORT" -> Dataset.CREDIT_REPORTS;
      case "LIFE_INSURANCE", "GENERAL_INSURANCE" -> Dataset.POLICIES;
      case "MUTUAL_FUNDS" -> Dataset.MUTUAL_FUNDS;
      case "ONDC_ORDERS" -> Dataset.ONDC_ORDERS;
      case "OCEN_APPLICATIONS" -> Dataset.OCEN_APPLICATIONS;
      default -> null;
    };
  }

  /** One document per dataset the consent's FI types (other than DEPOSIT) name. */
  static List<DepositDocuments.Document> build(CustomerData.Held held, List<String> fiTypes) {
    List<DepositDocuments.Document> out = new ArrayList<>();
    List<Dataset> done = new ArrayList<>();
    for (String type : fiTypes) {
      Dataset d = dataset(type);
      if (d == null || done.contains(d)) {
        continue;
      }
      done.add(d);
      String ref = type + "-" + held.customerId();
      out.add(new DepositDocuments.Document(ref, ref, document(type, d, held.lines(d))));
    }
    return out;
  }

  static byte[] document(String fiType, Dataset d, List<RawLine> lines) {
    ObjectNode saakh = RebitJson.mapper().createObjectNode();
    saakh.put("version", "1");
    saakh.put("fiType", fiType);
    saakh.put("dataset", d.fileName());
    ArrayNode records = saakh.putArray("records");
    lines.forEach(l -> records.add(l.text()));
    ObjectNode doc = RebitJson.mapper().createObjectNode();
    doc.set("Saakh", saakh);
    return RebitJson.bytes(doc);
  }
}
