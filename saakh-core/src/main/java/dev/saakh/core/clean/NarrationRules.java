package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The loaded, checked form of a narration rules file (see {@code narration-rules.json}). */
final class NarrationRules {
  static final Set<String> SLOTS =
      Set.of("counterparty", "vpa", "ifsc", "reference", "remark", "bank", "skip");

  /**
   * @param ends what a whole narration of this shape ends with (normalised; compared ignoring
   *     case), or null; one that does not end so was cut
   * @param vpaSlot a part that must hold a UPI id ('@'), or -1
   * @param isSlot a part that must read one of {@code isAny} (upper case, trimmed), or -1
   */
  record Shape(
      String id,
      String prefix,
      String separator,
      Channel channel,
      Direction direction,
      int digitsSlot,
      List<String> slots,
      String ends,
      int vpaSlot,
      int isSlot,
      List<String> isAny) {}

  /**
   * @param part a text one part of the narration must read exactly (upper case), or null
   * @param shape the id of the shape the narration must have matched, or null
   */
  record CategoryRule(
      String contains,
      List<String> counterpartyAny,
      String part,
      String shape,
      Channel channel,
      TxnType type,
      Direction direction,
      Category category) {}

  final String version;
  final List<Shape> shapes;
  final List<String> remarkSuffixes;

  /** Words a counterparty starts with that are not its name (MR., SHRI), upper case. */
  final List<String> namePrefixes;

  final List<CategoryRule> categories;
  final Map<Category, Direction> directions;
  final Direction defaultDirection;

  /**
   * On a cut narration, a category text or counterparty word whose first this many (or more, not
   * all) characters end the narration counts as present; 0 turns this off.
   */
  final int cutTextMin;

  private NarrationRules(
      JsonNode root,
      List<Shape> shapes,
      List<CategoryRule> categories,
      Map<Category, Direction> directions,
      Direction defaultDirection) {
    this.version = root.get("version").asText();
    this.shapes = List.copyOf(shapes);
    this.remarkSuffixes = words(root.path("remark_suffixes"));
    this.namePrefixes = words(root.path("name_prefixes"));
    this.categories = List.copyOf(categories);
    this.directions = directions;
    this.defaultDirection = defaultDirection;
    this.cutTextMin = root.path("cut_text_min").asInt(0);
    if (cutTextMin < 0) {
      throw new IllegalArgumentException("narration rules: 'cut_text_min' must not be negative");
    }
  }

  /** Reads and checks a rules file; any problem is an IllegalArgumentException naming the entry. */
  static NarrationRules read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.path("version").isTextual()) {
      throw new IllegalArgumentException("narration rules: 'version' is missing");
    }
    List<Shape> shapes = new ArrayList<>();
    for (JsonNode s : root.path("shapes")) {
      shapes.add(shape(s));
    }
    List<CategoryRule> categories = new ArrayList<>();
    for (JsonNode c : root.path("categories")) {
      categories.add(category(c, "category rule " + (categories.size() + 1)));
    }
    Map<Category, Direction> directions = new EnumMap<>(Category.class);
    Direction fallback = directions(root.path("directions"), directions);
    return new NarrationRules(root, shapes, categories, directions, fallback);
  }

  private static Shape shape(JsonNode s) {
    String id = text(s, "id", "shape");
    String where = "shape " + id;
    List<String> slots = new ArrayList<>();
    for (JsonNode slot : s.path("slots")) {
      String name = slot.asText();
      if (!SLOTS.contains(name.endsWith("*") ? name.substring(0, name.length() - 1) : name)) {
        throw new IllegalArgumentException(
            "narration rules: shape " + id + " has unknown slot '" + name + "'");
      }
      slots.add(name);
    }
    String separator = NarrationParser.normalizeRule(text(s, "separator", where));
    if (separator.isEmpty()) {
      throw new IllegalArgumentException("narration rules: " + where + " has an empty separator");
    }
    return new Shape(
        id,
        NarrationParser.normalizeRule(text(s, "prefix", where)),
        separator,
        enumOf(Channel.class, text(s, "channel", where), where),
        s.has("direction") ? enumOf(Direction.class, s.get("direction").asText(), where) : null,
        s.path("digits_slot").asInt(-1),
        slots,
        s.has("ends") ? NarrationParser.normalize(text(s, "ends", where)) : null,
        s.path("vpa_slot").asInt(-1),
        s.path("is_slot").asInt(-1),
        isAny(s, where));
  }

  private static List<String> isAny(JsonNode s, String where) {
    List<String> any = new ArrayList<>();
    s.path("is_any").forEach(w -> any.add(upper(w.asText())));
    if (s.has("is_slot") != !any.isEmpty()) {
      throw new IllegalArgumentException(
          "narration rules: " + where + " needs both 'is_slot' and a non-empty 'is_any'");
    }
    return List.copyOf(any);
  }

  private static CategoryRule category(JsonNode c, String where) {
    return new CategoryRule(
        c.has("contains") ? upper(c.get("contains").asText()) : null,
        words(c.path("counterparty_any")),
        c.has("part") ? upper(text(c, "part", where)) : null,
        c.has("shape") ? text(c, "shape", where) : null,
        c.has("channel") ? enumOf(Channel.class, c.get("channel").asText(), where) : null,
        c.has("type") ? enumOf(TxnType.class, c.get("type").asText(), where) : null,
        c.has("direction") ? enumOf(Direction.class, c.get("direction").asText(), where) : null,
        enumOf(Category.class, text(c, "category", where), where));
  }

  /** A text a narration is compared with: normalised like narrations, then upper case. */
  private static String upper(String s) {
    return NarrationParser.normalize(s).toUpperCase(Locale.ROOT);
  }

  /** Reads the category → direction map into {@code out}; returns the "default" entry. */
  private static Direction directions(JsonNode node, Map<Category, Direction> out) {
    Direction fallback = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Direction d =
          e.getValue().isNull()
              ? null
              : enumOf(Direction.class, e.getValue().asText(), "directions");
      if (e.getKey().equals("default")) {
        fallback = d;
      } else {
        out.put(enumOf(Category.class, e.getKey(), "directions"), d);
      }
    }
    return fallback;
  }

  /** The direction a counterparty in {@code category} implies, when the shape does not say. */
  Direction directionOf(Category category) {
    return directions.containsKey(category) ? directions.get(category) : defaultDirection;
  }

  private static List<String> words(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(w -> out.add(w.asText().toUpperCase(Locale.ROOT)));
    return List.copyOf(out);
  }

  private static String text(JsonNode node, String field, String where) {
    if (!node.path(field).isTextual()) {
      throw new IllegalArgumentException(
          "narration rules: " + where + " needs a text '" + field + "'");
    }
    return node.get(field).asText();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "narration rules: " + where + " has unknown " + type.getSimpleName() + " '" + name + "'",
          e);
    }
  }
}
