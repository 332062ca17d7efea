package dev.saakh.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import dev.saakh.core.policy.PolicyException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a decision policy: YAML, checked against {@value #SCHEMA} first, then against the rules a
 * schema cannot say (amount ranges, the default tenure among the options, grades in order, unique
 * rule ids). Anything wrong is a {@link PolicyException} naming the file, field and reason.
 */
public final class PolicyFile {
  public static final String SCHEMA = "/dev/saakh/core/policy/policy.schema.json";
  public static final String DEFAULT = "/dev/saakh/core/policy/default-policy.yaml";
  static final long MAX_BYTES = 1024 * 1024;

  private static final YAMLMapper YAML = yaml();
  private static final JsonNode SCHEMA_TREE = schema();

  private PolicyFile() {}

  public static Policy load(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new PolicyException(Code.IO, file.toString(), "", "larger than 1 MiB");
      }
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new PolicyException(Code.IO, file.toString(), "", "cannot be read: " + e);
    }
  }

  /** The policy shipped with Saakh. */
  public static Policy defaults() {
    try (InputStream in = PolicyFile.class.getResourceAsStream(DEFAULT)) {
      return parse(in.readAllBytes(), "default-policy.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Policy parse(byte[] bytes, String source) {
    JsonNode doc;
    try {
      doc = YAML.readTree(bytes);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new PolicyException(
          Code.NOT_YAML, source, "", "not valid YAML" + where + ": " + head(e));
    } catch (IOException | RuntimeException e) {
      throw new PolicyException(Code.NOT_YAML, source, "", "not valid YAML: " + e.getMessage());
    }
    if (doc == null || doc.isMissingNode() || doc.isNull()) {
      throw new PolicyException(Code.SCHEMA, source, "", "the file is empty");
    }
    SchemaCheck.Problem p = SchemaCheck.check(SCHEMA_TREE, doc);
    if (p != null) {
      throw new PolicyException(
          Code.SCHEMA, source, p.field(), p.field().isEmpty() ? "must be a mapping" : p.reason());
    }
    return bind(doc, source, sha256(bytes));
  }

  private static Policy bind(JsonNode d, String source, String sha) {
    List<KnockOut> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode ko = d.get("knock-outs");
    for (int i = 0; i < ko.size(); i++) {
      JsonNode r = ko.get(i);
      if (!ids.add(r.get("id").asText())) {
        throw rule(source, "knock-outs[" + i + "].id", r.get("id").asText() + " is used twice");
      }
      rules.add(
          new KnockOut(
              r.get("id").asText(),
              Signal.ofLabel(r.get("signal").asText()),
              KnockOut.Comparison.ofSymbol(r.get("op").asText()),
              r.get("threshold").asDouble(),
              KnockOut.Outcome.valueOf(r.get("outcome").asText()),
              KnockOut.IfMissing.valueOf(r.path("if-missing").asText("PASS")),
              r.get("reason").asText().strip()));
    }
    int approve = d.at("/cut-offs/approve-min").asInt();
    int refer = d.at("/cut-offs/refer-min").asInt();
    if (refer > approve) {
      throw rule(source, "cut-offs.refer-min", refer + " is above approve-min " + approve);
    }
    Map<Segment, Product> products = new EnumMap<>(Segment.class);
    for (Segment s : Segment.values()) {
      products.put(s, product(d.at("/products/" + s.name()), "products." + s.name(), source));
    }
    return new Policy(
        d.get("policy-id").asText(),
        d.get("version").asText(),
        sha,
        d.path("description").asText(""),
        rules,
        approve,
        refer,
        grades(d.get("grades"), source),
        products);
  }

  private static List<Grade> grades(JsonNode g, String source) {
    List<Grade> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      JsonNode n = g.get(i);
      int min = n.get("min-score").asInt();
      if (i > 0 && min >= out.get(i - 1).minScore()) {
        throw rule(source, "grades[" + i + "].min-score", min + " must be below the grade above");
      }
      out.add(
          new Grade(
              n.get("grade").asText(),
              min,
              new BigDecimal(n.get("annual-rate-percent").asText()),
              new BigDecimal(n.get("processing-fee-percent").asText())));
    }
    if (out.get(out.size() - 1).minScore() != 0) {
      throw rule(
          source, "grades[" + (out.size() - 1) + "].min-score", "the last grade must start at 0");
    }
    return out;
  }

  private static Product product(JsonNode p, String path, String source) {
    Money min = Money.of(p.get("min-amount").asText());
    Money max = Money.of(p.get("max-amount").asText());
    if (min.amount().compareTo(max.amount()) > 0) {
      throw rule(source, path + ".min-amount", min + " is above max-amount " + max);
    }
    List<Integer> tenures = new ArrayList<>();
    p.get("tenure-months").forEach(t -> tenures.add(t.asInt()));
    int def = p.get("default-tenure-months").asInt();
    if (!tenures.contains(def)) {
      throw rule(
          source, path + ".default-tenure-months", def + " is not one of tenure-months " + tenures);
    }
    return new Product(
        min,
        max,
        tenures.stream().sorted().toList(),
        def,
        p.get("foir-cap").asDouble(),
        p.get("turnover-multiple").asDouble());
  }

  private static PolicyException rule(String source, String field, String reason) {
    return new PolicyException(Code.RULE, source, field, reason);
  }

  private static String head(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int nl = m == null ? -1 : m.indexOf('\n');
    return m == null ? "unreadable" : nl < 0 ? m : m.substring(0, nl);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static YAMLMapper yaml() {
    YAMLMapper m = new YAMLMapper();
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return m;
  }

  private static JsonNode schema() {
    try (InputStream in = PolicyFile.class.getResourceAsStream(SCHEMA)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
