package dev.saakh.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.saakh.core.lake.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates JSON against Saakh's published schemas (loaded once from the classpath). */
public final class TestingSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private TestingSchemas() {}

  public static List<String> validateRaw(Dataset d, JsonNode line) {
    return validate(d.schemaResource(true), line);
  }

  public static List<String> validateClean(Dataset d, JsonNode record) {
    return validate(d.schemaResource(false), record);
  }

  public static List<String> validateLabel(JsonNode line) {
    return validate("/dev/saakh/core/schema/labels.schema.json", line);
  }

  /** The parsed schema document itself. */
  public static JsonNode schemaNode(String resource) {
    return schema(resource).getSchemaNode();
  }

  private static List<String> validate(String resource, JsonNode node) {
    List<String> errors = new ArrayList<>();
    for (ValidationMessage m : schema(resource).validate(node)) {
      errors.add(m.getMessage());
    }
    return errors;
  }

  private static JsonSchema schema(String resource) {
    return CACHE.computeIfAbsent(
        resource,
        r -> {
          try (InputStream in = TestingSchemas.class.getResourceAsStream(r)) {
            if (in == null) {
              throw new IllegalStateException("no schema resource " + r);
            }
            return FACTORY.getSchema(in, CONFIG);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
