package dev.saakh.synth.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Copies Jackson tree values into a {@link JsonLine} unchanged. */
final class Nodes {
  private Nodes() {}

  static void write(JsonLine out, String name, JsonNode value) {
    if (value.isObject()) {
      out.beginObject(name);
      fields(out, value);
      out.endObject();
    } else if (value.isArray()) {
      out.beginArray(name);
      for (JsonNode element : value) {
        element(out, element);
      }
      out.endArray();
    } else if (value.isNull()) {
      out.nullField(name);
    } else if (value.isBoolean()) {
      out.field(name, value.booleanValue());
    } else if (value.isIntegralNumber()) {
      out.field(name, value.longValue());
    } else if (value.isNumber()) {
      out.field(name, value.decimalValue());
    } else {
      out.field(name, value.asText());
    }
  }

  static void element(JsonLine out, JsonNode value) {
    if (value.isObject()) {
      out.beginObject();
      fields(out, value);
      out.endObject();
    } else if (value.isIntegralNumber()) {
      out.element(value.longValue());
    } else if (value.isNull()) {
      out.element((String) null);
    } else {
      out.element(value.asText());
    }
  }

  private static void fields(JsonLine out, JsonNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      write(out, f.getKey(), f.getValue());
    }
  }
}
