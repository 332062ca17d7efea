package dev.saakh.synth.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.synth.profile.Profile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a generator config file (JSON, documented in {@code docs/generator.md}). Every key is
 * optional and falls back to the given defaults; an unknown key, a wrong type or a value out of
 * range is an {@link IllegalArgumentException} naming the file, the key and the problem.
 */
public final class ConfigFile {
  /** A config is a few hundred bytes; a file beyond this is not one. */
  static final long MAX_BYTES = 1 << 20;

  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("Duplicate field '([^']{1,40})'");

  /** The longest echo of a refused value in a message. */
  static final int MAX_ECHO = 40;

  /**
   * Strict JSON: a repeated key or text after the top object is an error; decimals stay exact (so a
   * message echoes {@code 1E+400}, not a rounded double), and strings may be as long as the text,
   * so a key's own check names it; numbers stay below 10,000 digits.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(Integer.MAX_VALUE)
                          .maxNumberLength(10_000)
                          .build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final Set<String> TOP =
      Set.of("seed", "as_of", "scale", "messiness", "profile_mix", "labels");
  private static final Set<String> SCALE =
      Set.of("msme_customers", "consumer_customers", "bank_months", "gst_months");
  private static final Set<String> MESS =
      Set.of(
          "date_format_variation",
          "numeric_format_inconsistency",
          "missing_field_probability",
          "duplicate_probability",
          "narration_noise_probability");
  private static final Set<String> LABELS = Set.of("transaction_truth");

  private ConfigFile() {}

  /** Reads {@code file} over {@code defaults}. */
  public static GeneratorConfig read(Path file, GeneratorConfig defaults) {
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException("config file " + file + " is a folder, not a file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(
            "config file " + file + " is too large for a config (over 1 MB)");
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config file not found: " + file, e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("config file " + file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file, e);
    }
    try {
      return parse(text, defaults);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The config in this file format, so a lake's manifest can be fed back with {@code --config}. */
  public static ObjectNode toJson(GeneratorConfig c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seed", c.seed());
    root.put("as_of", c.asOf().toString());
    ObjectNode scale = root.putObject("scale");
    scale.put("msme_customers", c.msmeCustomers());
    scale.put("consumer_customers", c.consumerCustomers());
    scale.put("bank_months", c.bankMonths());
    scale.put("gst_months", c.gstMonths());
    ObjectNode mess = root.putObject("messiness");
    mess.put("date_format_variation", c.messiness().dateFormatVariation());
    mess.put("numeric_format_inconsistency", c.messiness().numericFormatInconsistency());
    mess.put("missing_field_probability", c.messiness().missingFieldProbability());
    mess.put("duplicate_probability", c.messiness().duplicateProbability());
    mess.put("narration_noise_probability", c.messiness().narrationNoiseProbability());
    ObjectNode mix = root.putObject("profile_mix");
    for (Profile p : Profile.values()) {
      if (c.profileMix().containsKey(p)) {
        mix.put(p.label(), c.profileMix().get(p));
      }
    }
    root.putObject("labels").put("transaction_truth", c.transactionTruth());
    return root;
  }

  /** Parses config JSON text over {@code defaults}. */
  public static GeneratorConfig parse(String text, GeneratorConfig defaults) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(invalid(e), e);
    } catch (NumberFormatException e) {
      // Jackson reading a decimal such as 1e99999999999 whose exponent no number can hold
      throw new IllegalArgumentException("not valid JSON: a number in it is out of range", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("not valid JSON: there is nothing in it");
    }
    ObjectNode top = object(root, "the top level");
    known(top, TOP, "");
    long seed = top.has("seed") ? integer(top.get("seed"), "seed") : defaults.seed();
    LocalDate asOf = top.has("as_of") ? date(top.get("as_of"), "as_of") : defaults.asOf();
    ObjectNode scale = section(top, "scale", SCALE);
    ObjectNode mess = section(top, "messiness", MESS);
    ObjectNode labels = section(top, "labels", LABELS);
    Messiness m = defaults.messiness();
    return new GeneratorConfig(
        seed,
        asOf,
        intOr(scale, "msme_customers", defaults.msmeCustomers(), 0, GeneratorConfig.MAX_CUSTOMERS),
        intOr(
            scale,
            "consumer_customers",
            defaults.consumerCustomers(),
            0,
            GeneratorConfig.MAX_CUSTOMERS),
        intOr(scale, "bank_months", defaults.bankMonths(), 1, 36),
        intOr(scale, "gst_months", defaults.gstMonths(), 1, 60),
        new Messiness(
            probOr(mess, "date_format_variation", m.dateFormatVariation()),
            probOr(mess, "numeric_format_inconsistency", m.numericFormatInconsistency()),
            probOr(mess, "missing_field_probability", m.missingFieldProbability()),
            probOr(mess, "duplicate_probability", m.duplicateProbability()),
            probOr(mess, "narration_noise_probability", m.narrationNoiseProbability())),
        mix(top, defaults.profileMix()),
        labels.has("transaction_truth")
            ? bool(labels.get("transaction_truth"), "labels.transaction_truth")
            : defaults.transactionTruth());
  }

  private static Map<Profile, Double> mix(ObjectNode top, Map<Profile, Double> defaults) {
    if (!top.has("profile_mix")) {
      return defaults;
    }
    ObjectNode node = object(top.get("profile_mix"), "profile_mix");
    Map<Profile, Double> mix = new EnumMap<>(Profile.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Profile profile;
      try {
        profile = Profile.ofLabel(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("profile_mix: " + e.getMessage(), e);
      }
      mix.put(profile, number(entry.getValue(), "profile_mix." + entry.getKey()));
    }
    return mix;
  }

  private static ObjectNode section(ObjectNode top, String name, Set<String> keys) {
    if (!top.has(name)) {
      return JSON.createObjectNode();
    }
    ObjectNode node = object(top.get(name), name);
    known(node, keys, name + ".");
    return node;
  }

  private static void known(ObjectNode node, Set<String> keys, String prefix) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(
            "unknown key '"
                + prefix
                + key
                + "' (known: "
                + String.join(", ", keys.stream().sorted().toList())
                + ")");
      }
    }
  }

  private static ObjectNode object(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** A {@code scale.} count in {@code [min, max]}, the ranges {@link GeneratorConfig} checks. */
  private static int intOr(ObjectNode node, String key, int fallback, int min, int max) {
    if (!node.has(key)) {
      return fallback;
    }
    String name = "scale." + key;
    JsonNode value = node.get(key);
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException(name + " must be a whole number, was " + shown(value));
    }
    if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + shown(value));
    }
    return value.intValue();
  }

  private static double probOr(ObjectNode node, String key, double fallback) {
    return node.has(key) ? number(node.get(key), "messiness." + key) : fallback;
  }

  private static long integer(JsonNode node, String key) {
    if (!node.isIntegralNumber()) {
      throw new IllegalArgumentException(key + " must be a whole number, was " + shown(node));
    }
    if (!node.canConvertToLong()) {
      throw new IllegalArgumentException(
          key
              + " must be a whole number between "
              + Long.MIN_VALUE
              + " and "
              + Long.MAX_VALUE
              + ", was "
              + shown(node));
    }
    return node.asLong();
  }

  private static double number(JsonNode node, String key) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(key + " must be a number, was " + shown(node));
    }
    double value = node.asDouble();
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(key + " is too large a number, was " + shown(node));
    }
    return value;
  }

  private static boolean bool(JsonNode node, String key) {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(key + " must be true or false, was " + shown(node));
    }
    return node.asBoolean();
  }

  private static LocalDate date(JsonNode node, String key) {
    try {
      if (node.isTextual() && node.textValue().length() <= 20) {
        return LocalDate.parse(node.textValue());
      }
    } catch (DateTimeParseException e) {
      // refused below, in the same words as a date that is no text
    }
    throw new IllegalArgumentException(key + " must be a date YYYY-MM-DD, was " + shown(node));
  }

  /** A value as JSON writes it, cut to {@link #MAX_ECHO} characters and marked when cut. */
  private static String shown(JsonNode node) {
    String text =
        node.isTextual()
            ? "\"" + node.textValue() + "\""
            : node.isBigDecimal() ? node.decimalValue().toString() : node.toString();
    String one = text.replaceAll("\\p{Cntrl}", "?");
    return one.length() <= MAX_ECHO ? one : one.substring(0, MAX_ECHO) + "…";
  }

  /** Where and, in plain words, why the text is not JSON. */
  private static String invalid(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = String.valueOf(e.getOriginalMessage());
    String why;
    if (e instanceof StreamConstraintsException) {
      why =
          message.startsWith("Document nesting")
              ? "it nests too deeply"
              : "a number in it is too long (over 10,000 digits)";
    } else if (message.startsWith("Duplicate field")) {
      java.util.regex.Matcher m = DUPLICATE.matcher(message);
      why = m.find() ? "key '" + m.group(1) + "' appears twice" : "a key appears twice";
    } else if (message.startsWith("Trailing token")) {
      why = "there is more after the end of the top-level object";
    } else if (message.startsWith("Unexpected end-of-input")) {
      why = "it ends before the JSON is complete";
    } else {
      why = "";
    }
    return "not valid JSON" + where + (why.isEmpty() ? "" : ": " + why);
  }
}
