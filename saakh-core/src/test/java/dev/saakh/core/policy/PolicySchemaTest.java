package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.schema.TestingSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The published schema is a valid draft 2020-12 schema, uses only the keywords Saakh's interpreter
 * knows, lists the signals Saakh has, and networknt's full validator accepts and rejects exactly
 * the documents the interpreter does.
 */
class PolicySchemaTest {
  @Test
  void theSchemaIsAValidDraft202012Schema() {
    assertThat(TestingSchemas.validateAgainstMetaSchema(PolicyFile.SCHEMA)).isEmpty();
    JsonNode schema = PolicyFile.schemaTree();
    assertThat(schema.get("$id").asText()).isEqualTo("https://saakh.dev/schema/policy.schema.json");
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theSchemaUsesOnlyKeywordsTheInterpreterKnowsAndClosesEveryObject() {
    Set<String> used = new TreeSet<>();
    List<JsonNode> objects = new ArrayList<>();
    walk(PolicyFile.schemaTree(), used, objects);
    Set<String> known = new TreeSet<>(SchemaCheck.KEYWORDS);
    known.addAll(SchemaCheck.ANNOTATIONS);
    assertThat(known).containsAll(used);
    assertThat(objects).isNotEmpty();
    assertThat(objects)
        .allSatisfy(o -> assertThat(o.path("additionalProperties").asBoolean(true)).isFalse());
  }

  @Test
  void theSchemaListsEverySignalAndEverySegment() {
    JsonNode schema = PolicyFile.schemaTree();
    List<String> signals = new ArrayList<>();
    schema
        .at("/properties/knock-outs/items/properties/signal/enum")
        .forEach(s -> signals.add(s.asText()));
    assertThat(signals)
        .containsExactlyElementsOf(Arrays.stream(Signal.values()).map(Signal::label).toList());
    List<String> segments = new ArrayList<>();
    schema.at("/properties/products/properties").fieldNames().forEachRemaining(segments::add);
    assertThat(segments)
        .containsExactlyElementsOf(Arrays.stream(Segment.values()).map(Segment::name).toList());
  }

  @Test
  void networkntAgreesOnTheDefaultAndEveryMalformedSample() {
    assertAgrees(TestingPolicies.defaultBytes(), true);
    int schemaErrors = 0;
    for (TestingPolicies.Case c : TestingPolicies.cases()) {
      boolean valid = c.code() != PolicyException.Code.SCHEMA;
      assertAgrees(c.text().getBytes(StandardCharsets.UTF_8), valid);
      schemaErrors += valid ? 0 : 1;
    }
    for (String raw : TestingPolicies.rawSamples()) {
      assertAgrees(raw.getBytes(StandardCharsets.UTF_8), null);
    }
    assertThat(schemaErrors).isGreaterThanOrEqualTo(12);
  }

  /**
   * Checks both validators on the tree Saakh reads (or, when Saakh refuses the YAML itself, the
   * tree plain Jackson reads) and, when {@code expected} is given, that they say it.
   */
  static void assertAgrees(byte[] yaml, Boolean expected) {
    JsonNode tree = tree(yaml);
    if (tree == null || tree.isMissingNode()) {
      return;
    }
    boolean full = TestingSchemas.validateAgainst(PolicyFile.SCHEMA, tree).isEmpty();
    SchemaCheck.Problem ours = SchemaCheck.check(PolicyFile.schemaTree(), tree);
    assertThat(ours == null)
        .as("Saakh's interpreter (%s) agrees with networknt on %s", ours, tree)
        .isEqualTo(full);
    if (expected != null) {
      assertThat(full).as("valid per the schema").isEqualTo(expected);
    }
  }

  private static JsonNode tree(byte[] yaml) {
    try {
      return PolicyYaml.read(yaml, "sample");
    } catch (PolicyException refused) {
      try {
        return new YAMLMapper().readTree(yaml);
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    }
  }

  private static void walk(JsonNode schema, Set<String> used, List<JsonNode> objects) {
    schema.fieldNames().forEachRemaining(used::add);
    if ("object".equals(schema.path("type").asText())) {
      objects.add(schema);
    }
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      walk(p.getValue(), used, objects);
    }
    if (schema.has("items")) {
      walk(schema.get("items"), used, objects);
    }
  }

  @Test
  void theDefaultReadsAsTheSameTreeForBothValidators() throws IOException {
    JsonNode ours = PolicyYaml.read(TestingPolicies.defaultBytes(), "default");
    JsonNode plain = new YAMLMapper().readTree(TestingPolicies.defaultBytes());
    assertThat(ours.get("knock-outs")).hasSameSizeAs(plain.get("knock-outs"));
    assertThat(SchemaCheck.check(PolicyFile.schemaTree(), plain)).isNull();
  }
}
