package dev.saakh.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas cannot drift from the records, and they accept and refuse what they should. */
class SchemasTest {
  @Test
  void everyCleanSchemaListsExactlyItsRecordsComponentsInOrder() {
    for (Dataset d : Dataset.values()) {
      List<String> components = new ArrayList<>();
      for (RecordComponent c : d.cleanType().getRecordComponents()) {
        components.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
      }
      JsonNode schema = TestingSchemas.schemaNode(d.schemaResource(false));
      List<String> properties = new ArrayList<>();
      schema.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(d.fileName()).containsExactlyElementsOf(components);
      assertThat(TestingSchemas.schemaNode(d.schemaResource(true)).get("required").toString())
          .as(d.fileName())
          .contains("customer_id", d.idField());
    }
  }

  @Test
  void rawSchemasAcceptMessyValuesAndRefuseMissingIds() throws Exception {
    JsonNode messy =
        LakeJson.mapper()
            .readTree(
                "{\"transaction_id\":\"T1\",\"account_id\":\"A1\",\"customer_id\":\"CUST_MSM_00001\",\"date\":\"4 Nov 25\","
                    + "\"amount\":\"1,250.00 Dr\",\"balance\":\"₹ 45,320.50 CR\",\"narration\":\"\",\"type\":null,\"extra\":1}");
    assertThat(TestingSchemas.validateRaw(Dataset.TRANSACTIONS, messy)).isEmpty();
    ObjectNode noId = messy.deepCopy();
    noId.remove("transaction_id");
    assertThat(TestingSchemas.validateRaw(Dataset.TRANSACTIONS, noId)).isNotEmpty();
    ObjectNode badCustomer = messy.deepCopy();
    badCustomer.put("customer_id", "C42");
    assertThat(TestingSchemas.validateRaw(Dataset.TRANSACTIONS, badCustomer)).isNotEmpty();
  }

  @Test
  void cleanSchemasRefuseWrongEnumsMissingFieldsAndExtraFields() throws Exception {
    JsonNode ok =
        LakeJson.mapper()
            .readTree(
                "{\"transaction_id\":\"T1\",\"account_id\":\"A1\",\"customer_id\":\"CUST_CON_00001\",\"date\":\"2025-11-04\","
                    + "\"value_date\":null,\"type\":\"DEBIT\",\"amount\":1250.00,\"mode\":\"UPI\",\"channel\":\"UPI\",\"direction\":\"P2M\","
                    + "\"counterparty\":\"SWIGGY\",\"vpa\":\"swiggy@icici\",\"ifsc\":null,\"reference\":\"512345678901\",\"category\":\"FOOD\","
                    + "\"narration\":\"UPI/512345678901/SWIGGY/swiggy@icici/ICICI Bank\",\"balance_after\":-20.5,\"currency\":\"INR\"}");
    assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, ok)).isEmpty();
    for (String[] change :
        new String[][] {
          {"category", "SNACKS"}, {"date", "04/11/2025"}, {"mode", "NEFT"}, {"customer_id", "X"}
        }) {
      ObjectNode bad = ok.deepCopy();
      bad.put(change[0], change[1]);
      assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, bad))
          .as(change[0])
          .isNotEmpty();
    }
    ObjectNode missing = ok.deepCopy();
    missing.remove("narration");
    assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, missing)).isNotEmpty();
    ObjectNode extra = ok.deepCopy();
    extra.put("note", "x");
    assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, extra)).isNotEmpty();
    ObjectNode negative = ok.deepCopy();
    negative.put("amount", -5);
    assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, negative)).isNotEmpty();
  }

  @Test
  void labelsSchemaChecksEachKind() throws Exception {
    JsonNode defect =
        LakeJson.mapper()
            .readTree(
                "{\"kind\":\"defect\",\"customer_id\":\"CUST_MSM_00001\",\"dataset\":\"transactions\",\"record_id\":\"T1\","
                    + "\"defect\":\"duplicate\",\"field\":null,\"raw\":null,\"truth\":null,\"duplicate_of\":\"T0\"}");
    assertThat(TestingSchemas.validateLabel(defect)).isEmpty();
    ObjectNode bad = defect.deepCopy();
    bad.put("defect", "typo");
    assertThat(TestingSchemas.validateLabel(bad)).isNotEmpty();
    JsonNode customer =
        LakeJson.mapper()
            .readTree(
                "{\"kind\":\"customer\",\"customer_id\":\"CUST_MSM_00001\",\"segment\":\"MSME\",\"profile\":\"baseline\",\"directors\":2}");
    assertThat(TestingSchemas.validateLabel(customer)).isEmpty();
    for (Iterator<String> it = customer.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("kind") && !f.equals("customer_id")) {
        ObjectNode less = customer.deepCopy();
        less.remove(f);
        assertThat(TestingSchemas.validateLabel(less)).as(f).isNotEmpty();
      }
    }
  }
}
