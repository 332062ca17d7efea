package dev.saakh.synth.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.synth.profile.Profile;
import java.io.IOException;
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
  private static final ObjectMapper JSON = new ObjectMapper();
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
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config file not found: " + file, e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read config file " + file + ": " + e.getMessage(), e);
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
      throw new IllegalArgumentException(
          "not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(),
          e);
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
        intOr(scale, "msme_customers", defaults.msmeCustomers(), "scale."),
        intOr(scale, "consumer_customers", defaults.consumerCustomers(), "scale."),
        intOr(scale, "bank_months", defaults.bankMonths(), "scale."),
        intOr(scale, "gst_months", defaults.gstMonths(), "scale."),
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

  private static int intOr(ObjectNode node, String key, int fallback, String prefix) {
    if (!node.has(key)) {
      return fallback;
    }
    long value = integer(node.get(key), prefix + key);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(prefix + key + " is out of range: " + value);
    }
    return (int) value;
  }

  private static double probOr(ObjectNode node, String key, double fallback) {
    return node.has(key) ? number(node.get(key), "messiness." + key) : fallback;
  }

  private static long integer(JsonNode node, String key) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(key + " must be a whole number, was " + node);
    }
    return node.asLong();
  }

  private static double number(JsonNode node, String key) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(key + " must be a number, was " + node);
    }
    return node.asDouble();
  }

  private static boolean bool(JsonNode node, String key) {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(key + " must be true or false, was " + node);
    }
    return node.asBoolean();
  }

  private static LocalDate date(JsonNode node, String key) {
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be a date YYYY-MM-DD, was " + node, e);
    }
  }
}
