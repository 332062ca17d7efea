package dev.saakh.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.policy.PolicyException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a lender's decision policy: YAML, checked against the JSON Schema {@value #SCHEMA} first,
 * then against the rules across fields a schema cannot say. Anything wrong is a {@link
 * PolicyException} naming the source, the field and the reason; nothing else escapes.
 */
public final class PolicyFile {
  /** Classpath location of the published JSON Schema (draft 2020-12). */
  public static final String SCHEMA = "/dev/saakh/core/policy/policy.schema.json";

  /** Classpath location of the default policy. */
  public static final String DEFAULT = "/dev/saakh/core/policy/default-policy.yaml";

  /** The largest policy file read, 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final JsonNode SCHEMA_TREE = schema();

  private PolicyFile() {}

  /** Reads and validates the policy file at {@code file}; errors name the path as given. */
  public static Policy load(Path file) {
    String source = String.valueOf(file);
    try {
      if (!Files.isRegularFile(file)) {
        String why = Files.exists(file) ? "is not a regular file" : "file not found";
        throw new PolicyException(Code.IO, source, "", why);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw tooLarge(source);
      }
      return parse(Files.readAllBytes(file), source);
    } catch (NoSuchFileException e) {
      throw new PolicyException(Code.IO, source, "", "file not found", e);
    } catch (AccessDeniedException e) {
      throw new PolicyException(Code.IO, source, "", "permission denied", e);
    } catch (IOException e) {
      throw new PolicyException(Code.IO, source, "", "cannot be read", e);
    }
  }

  /** Validates policy YAML; {@code sourceName} names it in errors, e.g. the file name. */
  public static Policy parse(byte[] yamlBytes, String sourceName) {
    String source = sourceName == null ? "policy" : sourceName;
    if (yamlBytes.length > MAX_BYTES) {
      throw tooLarge(source);
    }
    JsonNode doc = PolicyYaml.read(yamlBytes, source);
    if (doc == null || doc.isMissingNode() || doc.isNull()) {
      throw new PolicyException(Code.SCHEMA, source, "", "is empty; expected a policy mapping");
    }
    SchemaCheck.Problem p = SchemaCheck.check(SCHEMA_TREE, doc);
    if (p != null) {
      throw new PolicyException(Code.SCHEMA, source, p.field(), p.reason());
    }
    return PolicyBinder.bind(doc, source, sha256(yamlBytes));
  }

  /** The policy shipped with Saakh ({@value #DEFAULT}). */
  public static Policy defaults() {
    return parse(resource(DEFAULT), "default-policy.yaml");
  }

  /** The bytes of the shipped policy, as {@link #defaults()} reads them. */
  public static byte[] defaultBytes() {
    return resource(DEFAULT);
  }

  /** Lowercase hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The schema as a tree, for {@link SchemaCheck} and tests. */
  static JsonNode schemaTree() {
    return SCHEMA_TREE.deepCopy();
  }

  static byte[] resource(String name) {
    try (InputStream in = PolicyFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PolicyException tooLarge(String source) {
    return new PolicyException(Code.TOO_LARGE, source, "", "is larger than 1 MiB");
  }

  private static JsonNode schema() {
    try {
      return new ObjectMapper().readTree(resource(SCHEMA));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
