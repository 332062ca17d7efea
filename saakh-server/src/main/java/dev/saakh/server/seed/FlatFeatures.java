package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.features.FeatureVector;

/**
 * A feature vector ({@code {"features": {name: {"value", "inputs", "note"}}}}, as core writes it)
 * in the seed's flat form: {@code {name: value}} with a null for a value not computable, and the
 * explanations beside it, {@code {name: {"inputs", "note"}}}. Names in DESIGN §6 order.
 */
final class FlatFeatures {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FlatFeatures() {}

  /** {@code {name: value}} for every one of the ten names; null where missing or not computable. */
  static ObjectNode values(JsonNode vector) {
    ObjectNode out = NODES.objectNode();
    JsonNode features = vector == null ? null : vector.path("features");
    for (String name : FeatureVector.NAMES) {
      JsonNode value = features == null ? null : features.path(name).path("value");
      if (value == null || !value.isNumber()) {
        out.putNull(name);
      } else {
        out.set(name, value);
      }
    }
    return out;
  }

  /** {@code {name: {"inputs": {…}, "note": text or null}}} for every one of the ten names. */
  static ObjectNode explanations(JsonNode vector) {
    ObjectNode out = NODES.objectNode();
    JsonNode features = vector == null ? null : vector.path("features");
    for (String name : FeatureVector.NAMES) {
      JsonNode f = features == null ? NODES.missingNode() : features.path(name);
      ObjectNode e = out.putObject(name);
      JsonNode inputs = f.path("inputs");
      e.set("inputs", inputs.isObject() ? inputs : NODES.objectNode());
      JsonNode note = f.path("note");
      if (note.isTextual()) {
        e.set("note", note);
      } else if (f.isMissingNode()) {
        e.put("note", "not in the report");
      } else {
        e.putNull("note");
      }
    }
    return out;
  }
}
