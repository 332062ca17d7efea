package dev.saakh.core.policy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.saakh.core.policy.PolicyException.Code;
import java.io.IOException;

/**
 * Reads policy YAML into a tree, refusing what Saakh does not read: syntax errors, duplicate keys,
 * anchors and aliases (Jackson would read an alias as its anchor's name, and they make "billion
 * laughs" bombs), and more than one document. Errors name the line and column, never the parser's
 * own message.
 */
final class PolicyYaml {
  private static final YAMLMapper YAML = mapper();

  private PolicyYaml() {}

  /** The document's tree; a missing or null node for an empty file. */
  static JsonNode read(byte[] bytes, String source) {
    scan(bytes, source);
    try {
      return YAML.readTree(bytes);
    } catch (IOException | RuntimeException e) {
      throw new PolicyException(Code.NOT_YAML, source, "", "is not valid YAML", e);
    }
  }

  /** One pass over the tokens, refusing anchors, aliases, duplicates and extra documents. */
  private static void scan(byte[] bytes, String source) {
    try (YAMLParser p = YAML.getFactory().createParser(bytes)) {
      scanTokens(p, source);
    } catch (JsonProcessingException e) {
      throw notYaml(e, source);
    } catch (IOException e) {
      throw new PolicyException(Code.NOT_YAML, source, "", "is not readable text (UTF-8)", e);
    } catch (RuntimeException e) {
      if (e instanceof PolicyException pe) {
        throw pe;
      }
      throw new PolicyException(Code.NOT_YAML, source, "", "is not valid YAML", e);
    }
  }

  private static void scanTokens(YAMLParser p, String source) throws IOException {
    int depth = 0;
    boolean rootDone = false;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (rootDone) {
        throw refuse(p, source, "holds more than one YAML document; keep one policy per file");
      }
      if (p.isCurrentAlias()) {
        throw refuse(p, source, "YAML aliases (*" + p.getText() + ") are not allowed");
      }
      String anchor = p.getObjectId();
      if (anchor != null) {
        throw refuse(p, source, "YAML anchors (&" + anchor + ") are not allowed");
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
      rootDone = depth == 0 && t != JsonToken.FIELD_NAME;
    }
  }

  private static PolicyException refuse(JsonParser p, String source, String reason) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    JsonStreamContext at = t != null && t.isStructStart() ? c.getParent() : c;
    return new PolicyException(Code.NOT_YAML, source, path(at), reason + where(p));
  }

  private static PolicyException notYaml(JsonProcessingException e, String source) {
    JsonParser p = e.getProcessor() instanceof JsonParser jp ? jp : null;
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (p != null && e instanceof JsonParseException && message.startsWith("Duplicate field")) {
      String key = p.getParsingContext().getCurrentName();
      return new PolicyException(
          Code.NOT_YAML,
          source,
          path(p.getParsingContext()),
          "duplicate key " + Values.quote(key == null ? "" : key) + where(e),
          e);
    }
    return new PolicyException(Code.NOT_YAML, source, "", "is not valid YAML" + where(e), e);
  }

  private static String where(JsonParser p) {
    return " (line " + p.currentLocation().getLineNr() + ")";
  }

  private static String where(JsonProcessingException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
      return "";
    }
    return " (line "
        + e.getLocation().getLineNr()
        + ", column "
        + e.getLocation().getColumnNr()
        + ")";
  }

  /** A parser context as a field path, e.g. {@code knock-outs[2].op}. */
  static String path(JsonStreamContext c) {
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
      if (x.inArray()) {
        b.insert(0, "[" + Math.max(0, x.getCurrentIndex()) + "]");
      } else if (x.getCurrentName() != null) {
        b.insert(
            0, (x.getParent() != null && !x.getParent().inRoot() ? "." : "") + x.getCurrentName());
      }
    }
    return b.toString();
  }

  private static YAMLMapper mapper() {
    YAMLMapper m = new YAMLMapper();
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    return m;
  }
}
