package dev.saakh.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.bank.RawTransaction;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published schemas are valid draft 2020-12, cannot drift from the Java records, accept what
 * the lake holds (clean records, messy raw lines, labels) and refuse what it must not.
 */
class SchemasTest {
  private static final ObjectMapper JSON = LakeJson.mapper();
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  // ---- the schema documents ----

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void everyDatasetHasARawAndACleanSchemaThatAreValidDraft202012(Dataset d) {
    for (String resource : List.of(d.schemaResource(true), d.schemaResource(false))) {
      JsonNode schema = TestingSchemas.schemaNode(resource);
      assertThat(schema.path("$schema").asText()).as(resource).isEqualTo(DRAFT);
      assertThat(schema.path("$id").asText())
          .isEqualTo(resource.replace("/dev/saakh/core/schema/", "https://saakh.dev/schema/"));
      assertThat(TestingSchemas.validateAgainstMetaSchema(resource)).as(resource).isEmpty();
    }
  }

  @Test
  void labelsSchemaIsValidDraft202012() {
    assertThat(TestingSchemas.schemaNode(TestingSchemas.LABELS).path("$schema").asText())
        .isEqualTo(DRAFT);
    assertThat(TestingSchemas.validateAgainstMetaSchema(TestingSchemas.LABELS)).isEmpty();
  }

  // ---- clean schemas cannot drift from the records ----

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void cleanSchemaListsTheRecordsComponentsWithTheirTypesAndEnums(Dataset d) {
    assertMatchesRecord(d.cleanType(), cleanSchema(d), d.fileName());
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void cleanSchemaAllowsNullExactlyWhereTheConstructorDoes(Dataset d) throws Exception {
    for (Record sample : TestingSchemas.cleanSamples(d)) {
      assertNullability(sample, cleanSchema(d), d.fileName());
    }
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void rawSchemaNamesTheSameFieldsAsTheCleanOneOrTheRawTransaction(Dataset d) {
    JsonNode raw = TestingSchemas.schemaNode(d.schemaResource(true));
    if (d == Dataset.TRANSACTIONS) {
      assertThat(names(raw.get("properties")))
          .containsExactlyElementsOf(snakeNames(RawTransaction.class));
    } else {
      assertSameFields(raw, cleanSchema(d), d.fileName());
    }
    assertThat(raw.get("additionalProperties").asBoolean()).isTrue();
  }

  private static void assertMatchesRecord(Class<?> type, JsonNode schema, String where) {
    List<String> components = snakeNames(type);
    assertThat(names(schema.get("properties"))).as(where).containsExactlyElementsOf(components);
    assertThat(texts(schema.get("required"))).as(where).containsExactlyElementsOf(components);
    assertThat(schema.get("additionalProperties").asBoolean(true)).as(where).isFalse();
    for (RecordComponent c : type.getRecordComponents()) {
      String name = snake(c.getName());
      assertProperty(c, schema.get("properties").get(name), where + "." + name);
    }
  }

  private static void assertProperty(RecordComponent c, JsonNode property, String where) {
    Class<?> type = c.getType();
    Set<String> types = types(property);
    String expected = jsonType(type);
    assertThat(types).as(where).contains(expected).isSubsetOf(expected, "null");
    if (type.isPrimitive()) {
      assertThat(types).as(where).doesNotContain("null");
    }
    if (type == LocalDate.class || type == OffsetDateTime.class) {
      String format = type == LocalDate.class ? "date" : "date-time";
      assertThat(property.path("format").asText()).as(where).isEqualTo(format);
    }
    if (type == Money.class) {
      assertThat(property.path("multipleOf").decimalValue()).as(where).isEqualByComparingTo("0.01");
    }
    if (type.isEnum()) {
      assertEnum(type, property, types.contains("null"), where);
    }
    if (type == List.class) {
      Class<?> element =
          (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      JsonNode items = property.get("items");
      if (element.isRecord()) {
        assertMatchesRecord(element, items, where + "[]");
      } else {
        assertThat(types(items)).as(where + "[]").containsExactly(jsonType(element));
        if (element.isEnum()) {
          assertEnum(element, items, false, where + "[]");
        }
      }
    }
  }

  /**
   * The schema lists exactly the constants, in order, as LakeJson writes them (Beckn names too).
   */
  private static void assertEnum(Class<?> type, JsonNode property, boolean nullable, String where) {
    List<String> constants = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      constants.add(JSON.valueToTree(constant).asText());
    }
    List<String> listed = new ArrayList<>();
    property.get("enum").forEach(v -> listed.add(v.isNull() ? null : v.asText()));
    if (nullable) {
      constants.add(null);
    }
    assertThat(listed).as(where).containsExactlyElementsOf(constants);
  }

  private static void assertNullability(Record sample, JsonNode schema, String where)
      throws ReflectiveOperationException {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(sample);
      types[i] = components[i].getType();
    }
    Constructor<?> constructor = sample.getClass().getDeclaredConstructor(types);
    for (int i = 0; i < components.length; i++) {
      String name = snake(components[i].getName());
      JsonNode property = schema.get("properties").get(name);
      if (!types[i].isPrimitive()) {
        Object[] withNull = values.clone();
        withNull[i] = null;
        boolean rejected = false;
        try {
          constructor.newInstance(withNull);
        } catch (InvocationTargetException e) {
          rejected = e.getCause() instanceof NullPointerException;
        }
        assertThat(types(property).contains("null")).as(where + "." + name).isEqualTo(!rejected);
      }
      if (values[i] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record r) {
        assertNullability(r, property.get("items"), where + "." + name + "[]");
      }
    }
  }

  private static void assertSameFields(JsonNode raw, JsonNode clean, String where) {
    assertThat(names(raw.get("properties")))
        .as(where)
        .containsExactlyElementsOf(names(clean.get("properties")));
    for (String name : names(clean.get("properties"))) {
      JsonNode items = clean.get("properties").get(name).get("items");
      if (items != null && items.has("properties")) {
        assertSameFields(raw.get("properties").get(name).get("items"), items, where + "." + name);
      }
    }
  }

  // ---- clean records ----

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void sampleRecordsValidateAndRoundTrip(Dataset d) throws JsonProcessingException {
    for (Record sample : TestingSchemas.cleanSamples(d)) {
      assertThat(sample).isInstanceOf(d.cleanType());
      String line = JSON.writeValueAsString(sample);
      assertThat(TestingSchemas.validateClean(d, JSON.readTree(line))).as(line).isEmpty();
      assertThat(JSON.readValue(line, d.cleanType())).isEqualTo(sample);
    }
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void cleanRecordsMissingAFieldWithAWrongTypeOrEnumOrAnExtraFieldFail(Dataset d) {
    ObjectNode sample = JSON.valueToTree(TestingSchemas.cleanSamples(d).get(0));
    JsonNode schema = cleanSchema(d);
    for (String at : objectsIn(sample, schema, "")) {
      JsonNode props = schemaAt(schema, at).get("properties");
      for (String name : names(props)) {
        String where = at + "/" + name;
        assertFails(d, sample, at, o -> o.remove(name), "without " + where);
        assertFails(d, sample, at, o -> o.putObject(name).put("x", 1), "object at " + where);
        if (!types(props.get(name)).contains("null")) {
          assertFails(d, sample, at, o -> o.putNull(name), "null at " + where);
        }
        if (props.get(name).has("enum")) {
          assertFails(d, sample, at, o -> o.put(name, "NOT_A_CONSTANT"), "enum at " + where);
        }
      }
      assertFails(d, sample, at, o -> o.put("unexpected", "x"), "extra field at " + at);
    }
  }

  @ParameterizedTest(name = "{0} sample {1}: {2} = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TRANSACTIONS      | 0 | /amount                    | -5",
        "TRANSACTIONS      | 0 | /amount                    | 0",
        "TRANSACTIONS      | 0 | /amount                    | 12.345",
        "TRANSACTIONS      | 0 | /amount                    | \"1250.00\"",
        "TRANSACTIONS      | 0 | /date                      | \"04/11/2025\"",
        "TRANSACTIONS      | 0 | /date                      | \"2025-02-30\"",
        "TRANSACTIONS      | 0 | /type                      | \"debit\"",
        "TRANSACTIONS      | 0 | /ifsc                      | \"icic0000104\"",
        "TRANSACTIONS      | 0 | /customer_id               | \"C42\"",
        "TRANSACTIONS      | 0 | /transaction_id            | \"\"",
        "ACCOUNTS          | 0 | /sanctioned_limit          | null",
        "ACCOUNTS          | 1 | /sanctioned_limit          | 1000",
        "ACCOUNTS          | 0 | /currency                  | \"inr\"",
        "CUSTOMERS         | 0 | /segment                   | \"CONSUMER\"",
        "CUSTOMERS         | 1 | /date_of_birth             | \"1991-02-28T00:00:00Z\"",
        "GST               | 0 | /invoice_count             | 3",
        "GST               | 1 | /itc_claimed               | 5",
        "GST               | 0 | /period                    | \"102025\"",
        "GST               | 0 | /period                    | \"2025-13\"",
        "CREDIT_REPORTS    | 0 | /score                     | 200",
        "CREDIT_REPORTS    | 0 | /score                     | 901",
        "CREDIT_REPORTS    | 0 | /accounts/0/dpd_grid       | [0, 30]",
        "CREDIT_REPORTS    | 0 | /accounts/0/dpd_grid/0     | -1",
        "CREDIT_REPORTS    | 0 | /enquiries/0/amount        | 1.001",
        "MUTUAL_FUNDS      | 0 | /sip_amount                | null",
        "MUTUAL_FUNDS      | 1 | /sip_amount                | 500",
        "MUTUAL_FUNDS      | 0 | /units                     | 1.0001",
        "MUTUAL_FUNDS      | 0 | /isin                      | \"US0378331005\"",
        "OCEN_APPLICATIONS | 0 | /reject_reason             | null",
        "OCEN_APPLICATIONS | 1 | /reject_reason             | \"late\"",
        "OCEN_APPLICATIONS | 0 | /tenure_months             | 0",
        "ONDC_ORDERS       | 0 | /state                     | \"IN_PROGRESS\"",
        "ONDC_ORDERS       | 0 | /payment_status            | \"NOT_PAID\"",
        "ONDC_ORDERS       | 0 | /items/0/quantity          | 0",
        "ONDC_ORDERS       | 0 | /created_at                | \"2025-11-04 10:22\"",
        "CONSENTS          | 0 | /consent_start             | \"2025-11-04T10:22:31\"",
        "CONSENTS          | 0 | /fi_types/0                | \"BANK\"",
        "POLICIES          | 0 | /premium                   | \"1,450.75\"",
      })
  void cleanSchemasCheckFormatsRangesAndRulesBetweenFields(
      Dataset d, int sample, String pointer, String value) throws JsonProcessingException {
    ObjectNode record = JSON.valueToTree(TestingSchemas.cleanSamples(d).get(sample));
    assertThat(TestingSchemas.validateClean(d, record)).isEmpty();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = record.at(at.head());
    JsonNode replacement = JSON.readTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(at.last().getMatchingProperty()), replacement);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), replacement);
    }
    assertThat(TestingSchemas.validateClean(d, record)).as(record.toString()).isNotEmpty();
  }

  @Test
  void errorsNameTheOffendingField() {
    ObjectNode record = JSON.valueToTree(TestingSchemas.cleanSamples(Dataset.TRANSACTIONS).get(0));
    record.put("amount", "1,250.00 Dr");
    assertThat(TestingSchemas.validateClean(Dataset.TRANSACTIONS, record))
        .singleElement()
        .asString()
        .isEqualTo("$.amount: string found, number expected");
  }

  // ---- raw lines ----

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void messyRawLinesValidate(Dataset d) {
    ObjectNode line = TestingSchemas.rawSample(d);
    assertThat(TestingSchemas.validateRaw(d, line)).as(line.toString()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void anyRawFieldButTheIdsMayBeAbsentNullOrEmptyEvenInsideLists(Dataset d) {
    JsonNode schema = TestingSchemas.schemaNode(d.schemaResource(true));
    List<String> required = texts(schema.get("required"));
    ObjectNode sample = TestingSchemas.rawSample(d);
    for (String at : objectsIn(sample, schema, "")) {
      for (String name : names(schemaAt(schema, at).get("properties"))) {
        if (at.isEmpty() && required.contains(name)) {
          continue;
        }
        for (Change change :
            List.<Change>of(o -> o.remove(name), o -> o.putNull(name), o -> o.put(name, ""))) {
          ObjectNode line = sample.deepCopy();
          change.apply((ObjectNode) line.at(JsonPointer.compile(at)));
          assertThat(TestingSchemas.validateRaw(d, line)).as(line.toString()).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void rawLinesWithoutTheirCustomerOrIdFail(Dataset d) {
    List<String> required =
        texts(TestingSchemas.schemaNode(d.schemaResource(true)).get("required"));
    assertThat(required).contains("customer_id", d.idField());
    for (String name : required) {
      for (Change change :
          List.<Change>of(o -> o.remove(name), o -> o.putNull(name), o -> o.put(name, ""))) {
        ObjectNode line = TestingSchemas.rawSample(d);
        change.apply(line);
        assertThat(TestingSchemas.validateRaw(d, line)).as(line.toString()).isNotEmpty();
      }
    }
    for (String id : List.of("C42", "cust_msm_00042", "CUST_MSM_0042", "CUST_SME_00042")) {
      assertThat(TestingSchemas.validateRaw(d, TestingSchemas.rawSample(d).put("customer_id", id)))
          .as(id)
          .isNotEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4 Nov 25 | 1,250.00 Dr",
        "04/11/2025 | ₹1,250.00 Cr",
        "04-11-2025 | 'Rs. 1,25,000/-'",
        "2025-11-04 | INR 1250",
        "04-Nov-2025 | (1,250.00)",
        "2025-11-04T10:22:31+05:30 | -1250",
        "20251104 | 1250 DR",
        "45965 | ₹ 45,320.50 CR",
        "'' | 1250.00",
      })
  void rawTransactionsTakeEveryDateAndAmountFormatOfTheDesign(String date, String amount) {
    ObjectNode line = TestingSchemas.rawSample(Dataset.TRANSACTIONS);
    line.put("date", date).put("value_date", date).put("amount", amount).put("balance", amount);
    assertThat(TestingSchemas.validateRaw(Dataset.TRANSACTIONS, line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TRANSACTIONS      | amount        | 1250",
        "TRANSACTIONS      | date          | 20251104",
        "GST               | invoice_count | 1.5",
        "GST               | nil_return    | 0",
        "CREDIT_REPORTS    | accounts      | \"none\"",
        "CREDIT_REPORTS    | accounts      | [1]",
        "CREDIT_REPORTS    | enquiries     | {}",
        "CONSENTS          | fi_types      | [1]",
        "ONDC_ORDERS       | items         | [\"rice\"]",
        "MUTUAL_FUNDS      | units         | true",
      })
  void rawSchemasStillRefuseValuesNoSourceWrites(Dataset d, String field, String value)
      throws JsonProcessingException {
    ObjectNode line = TestingSchemas.rawSample(d);
    line.set(field, JSON.readTree(value));
    assertThat(TestingSchemas.validateRaw(d, line)).as(line.toString()).isNotEmpty();
  }

  @Test
  void rawDpdGridsHave36MonthsOfIntegersOrNulls() {
    ObjectNode line = TestingSchemas.rawSample(Dataset.CREDIT_REPORTS);
    ArrayNode grid = (ArrayNode) line.at("/accounts/0/dpd_grid");
    grid.set(3, "90");
    assertThat(TestingSchemas.validateRaw(Dataset.CREDIT_REPORTS, line)).isNotEmpty();
    grid.remove(3);
    assertThat(TestingSchemas.validateRaw(Dataset.CREDIT_REPORTS, line)).isNotEmpty();
  }

  // ---- labels ----

  @Test
  void labelsOfEveryKindValidate() throws JsonProcessingException {
    for (String line : LABELS) {
      assertThat(TestingSchemas.validateLabel(JSON.readTree(line))).as(line).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void truthLabelsCarryAValidCleanRecordOfTheirDataset(Dataset d) {
    for (Record sample : TestingSchemas.cleanSamples(d)) {
      ObjectNode truth = truth(d, sample);
      assertThat(TestingSchemas.validateLabel(truth)).as(truth.toString()).isEmpty();
      Dataset other = Dataset.values()[(d.ordinal() + 1) % Dataset.values().length];
      assertThat(TestingSchemas.validateLabel(truth.deepCopy().put("dataset", other.fileName())))
          .isNotEmpty();
      ObjectNode broken = truth.deepCopy();
      ((ObjectNode) broken.get("record")).remove(d.idField());
      assertThat(TestingSchemas.validateLabel(broken)).isNotEmpty();
    }
  }

  @Test
  void labelsMissingAFieldOrWithAnExtraOneFail() throws JsonProcessingException {
    List<ObjectNode> lines = new ArrayList<>();
    for (String line : LABELS) {
      lines.add((ObjectNode) JSON.readTree(line));
    }
    lines.add(truth(Dataset.GST, TestingSchemas.cleanSamples(Dataset.GST).get(0)));
    for (ObjectNode line : lines) {
      for (String name : names(line)) {
        assertThat(TestingSchemas.validateLabel(line.deepCopy().without(name)))
            .as(line + " without " + name)
            .isNotEmpty();
      }
      assertThat(TestingSchemas.validateLabel(line.deepCopy().put("note", "x"))).isNotEmpty();
      assertThat(TestingSchemas.validateLabel(line.deepCopy().put("customer_id", "X")))
          .isNotEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | kind         | \"ground_truth\"",
        "0 | segment      | \"SME\"",
        "0 | directors    | -1",
        "1 | dataset      | \"bank\"",
        "1 | defect       | \"typo\"",
        "1 | raw          | null",
        "1 | duplicate_of | \"T0\"",
        "3 | raw          | \"x\"",
        "4 | dataset      | \"gst\"",
        "5 | field        | \"date\"",
        "5 | duplicate_of | null",
        "6 | record_ids   | [1]",
      })
  void labelsBreakingTheirKindsRulesFail(int sample, String field, String value)
      throws JsonProcessingException {
    ObjectNode line = (ObjectNode) JSON.readTree(LABELS.get(sample));
    line.set(field, JSON.readTree(value));
    assertThat(TestingSchemas.validateLabel(line)).as(line.toString()).isNotEmpty();
  }

  private static final List<String> LABELS =
      List.of(
          """
          {"kind":"customer","customer_id":"CUST_MSM_00042","segment":"MSME",
           "profile":"high_growth","directors":2}""",
          """
          {"kind":"defect","customer_id":"CUST_CON_00007","dataset":"transactions",
           "record_id":"CUST_CON_00007_A1_T000123","defect":"date_format","field":"date",
           "raw":"4 Nov 25","truth":"2025-11-04","duplicate_of":null}""",
          """
          {"kind":"defect","customer_id":"CUST_MSM_00042","dataset":"gst","record_id":"R1",
           "defect":"amount_format","field":"late_fee","raw":"Rs. 600/-","truth":"600.00",
           "duplicate_of":null}""",
          """
          {"kind":"defect","customer_id":"CUST_CON_00007","dataset":"customers",
           "record_id":"CUST_CON_00007","defect":"missing_field","field":"email","raw":null,
           "truth":null,"duplicate_of":null}""",
          """
          {"kind":"defect","customer_id":"CUST_CON_00007","dataset":"transactions",
           "record_id":"T1","defect":"narration_noise","field":"narration",
           "raw":"neft dr-icic0000104-swiggy","truth":"NEFT DR-ICIC0000104-SWIGGY",
           "duplicate_of":null}""",
          """
          {"kind":"defect","customer_id":"CUST_MSM_00042","dataset":"accounts",
           "record_id":"CUST_MSM_00042_A1","defect":"duplicate","field":null,"raw":null,
           "truth":null,"duplicate_of":"CUST_MSM_00042_A1"}""",
          """
          {"kind":"fraud","customer_id":"CUST_MSM_00042","pattern":"circular_flow",
           "record_ids":["T1","T7"],"detail":"₹4,20,000 out to a related party and back in 3 days"}""");

  private static ObjectNode truth(Dataset d, Record sample) {
    ObjectNode record = JSON.valueToTree(sample);
    ObjectNode line = JSON.createObjectNode();
    line.put("kind", "truth").put("customer_id", record.get("customer_id").asText());
    line.put("dataset", d.fileName()).put("record_id", record.get(d.idField()).asText());
    line.set("record", record);
    return line;
  }

  // ---- helpers ----

  private interface Change {
    void apply(ObjectNode target);
  }

  private static void assertFails(
      Dataset d, ObjectNode sample, String at, Change change, String what) {
    ObjectNode copy = sample.deepCopy();
    change.apply((ObjectNode) copy.at(JsonPointer.compile(at)));
    assertThat(TestingSchemas.validateClean(d, copy)).as(d.fileName() + ": " + what).isNotEmpty();
  }

  /** JSON pointers of the record and of the first element of each list of objects in it. */
  private static List<String> objectsIn(JsonNode node, JsonNode schema, String at) {
    List<String> found = new ArrayList<>(List.of(at));
    for (String name : names(schema.get("properties"))) {
      JsonNode items = schema.get("properties").get(name).get("items");
      if (items != null && items.has("properties") && node.get(name).size() > 0) {
        found.addAll(objectsIn(node.get(name).get(0), items, at + "/" + name + "/0"));
      }
    }
    return found;
  }

  private static JsonNode schemaAt(JsonNode schema, String pointer) {
    JsonNode s = schema;
    for (String step : pointer.split("/")) {
      if (!step.isEmpty() && !step.chars().allMatch(Character::isDigit)) {
        s = s.get("properties").get(step).get("items");
      }
    }
    return s;
  }

  static JsonNode cleanSchema(Dataset d) {
    return TestingSchemas.schemaNode(d.schemaResource(false));
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }

  static Set<String> types(JsonNode property) {
    JsonNode type = property.path("type");
    return type.isArray() ? new TreeSet<>(texts(type)) : new TreeSet<>(Set.of(type.asText()));
  }

  private static List<String> snakeNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(c -> snake(c.getName())).toList();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  private static String jsonType(Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return "string";
    } else if (type == LocalDate.class || type == OffsetDateTime.class || type == YearMonth.class) {
      return "string";
    } else if (type == Money.class || type == BigDecimal.class) {
      return "number";
    } else if (type == int.class || type == Integer.class) {
      return "integer";
    } else if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    } else if (type == List.class) {
      return "array";
    }
    throw new AssertionError("no JSON type for " + type);
  }
}
