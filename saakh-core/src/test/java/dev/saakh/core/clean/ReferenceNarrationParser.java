package dev.saakh.core.clean;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test oracle for {@link NarrationParser}: the straightforward reading it replaced (normalise,
 * upper-case, try every shape in order, split into a list, test every category rule in order), kept
 * so property tests can show the fast parser gives identical results. Change it only together with
 * the parser, when the meaning of the rules changes.
 *
 * <p>One deliberate difference from the first version: where upper-casing would change the
 * narration's length ({@code ß} → {@code SS}), shapes are matched against a same-length upper case,
 * because the old code then cut the narration at the wrong place or threw.
 */
final class ReferenceNarrationParser {
  private static final String DEFAULT_RULES = "/dev/saakh/core/clean/narration-rules.json";
  private final NarrationRules rules;

  private ReferenceNarrationParser(NarrationRules rules) {
    this.rules = rules;
  }

  static ReferenceNarrationParser defaults() {
    try (InputStream in = ReferenceNarrationParser.class.getResourceAsStream(DEFAULT_RULES)) {
      return of(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RULES, e);
    }
  }

  static ReferenceNarrationParser of(InputStream rulesJson) throws IOException {
    return new ReferenceNarrationParser(NarrationRules.read(rulesJson));
  }

  Narration parse(String raw, TxnType type) {
    String text = normalize(raw == null ? "" : raw);
    String upper = text.toUpperCase(Locale.ROOT);
    String aligned = sameLength(text, upper);
    for (NarrationRules.Shape shape : rules.shapes) {
      String prefix = shape.prefix();
      if (!aligned.startsWith(sameLength(prefix, prefix.toUpperCase(Locale.ROOT)))) {
        continue;
      }
      List<String> parts = split(text.substring(shape.prefix().length()), shape.separator());
      if (shape.digitsSlot() >= 0
          && (parts.size() <= shape.digitsSlot() || !digits(parts.get(shape.digitsSlot())))) {
        continue;
      }
      return read(shape, parts, upper, type);
    }
    return new Narration(
        Channel.OTHER,
        null,
        null,
        null,
        null,
        null,
        category(upper, Channel.OTHER, type, null),
        null,
        -1);
  }

  private Narration read(
      NarrationRules.Shape shape, List<String> parts, String upper, TxnType type) {
    String counterparty = null;
    String vpa = null;
    String ifsc = null;
    String reference = null;
    for (int i = 0; i < shape.slots().size() && i < parts.size(); i++) {
      String slot = shape.slots().get(i);
      boolean rest = slot.endsWith("*");
      String value =
          rest ? String.join(shape.separator(), parts.subList(i, parts.size())) : parts.get(i);
      value = value.trim();
      switch (rest ? slot.substring(0, slot.length() - 1) : slot) {
        case "counterparty" -> counterparty = name(value, rest);
        case "vpa" -> vpa = value.contains("@") ? value.toLowerCase(Locale.ROOT) : null;
        case "ifsc" -> ifsc = ifsc(value);
        case "reference" -> reference = value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
        default -> {}
      }
    }
    Direction direction = shape.direction();
    int rule = ruleIndex(upper, counterparty, shape.channel(), type, direction);
    Category category = rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
    if (direction == null && counterparty != null) {
      direction = rules.directionOf(category);
    }
    return new Narration(
        shape.channel(), direction, counterparty, vpa, ifsc, reference, category, shape.id(), rule);
  }

  private String name(String value, boolean rest) {
    String name = value.toUpperCase(Locale.ROOT);
    if (rest) {
      for (String suffix : rules.remarkSuffixes) {
        int at = name.indexOf(suffix);
        if (at > 0) {
          name = name.substring(0, at);
        }
      }
    }
    name = name.endsWith("--") ? name.substring(0, name.length() - 2) : name;
    return name.isBlank() ? null : name.trim();
  }

  private static String ifsc(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    return v.length() == 11 && v.charAt(4) == '0' ? v : null;
  }

  private Category category(String upper, Channel channel, TxnType type, Direction direction) {
    int rule = ruleIndex(upper, null, channel, type, direction);
    return rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
  }

  private int ruleIndex(
      String upper, String counterparty, Channel channel, TxnType type, Direction direction) {
    for (int i = 0; i < rules.categories.size(); i++) {
      NarrationRules.CategoryRule r = rules.categories.get(i);
      if ((r.contains() == null || upper.contains(r.contains()))
          && (r.counterpartyAny().isEmpty() || containsAny(counterparty, r.counterpartyAny()))
          && (r.channel() == null || r.channel() == channel)
          && (r.type() == null || r.type() == type)
          && (r.direction() == null || r.direction() == direction)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsAny(String counterparty, List<String> words) {
    if (counterparty == null) {
      return false;
    }
    String padded = " " + counterparty;
    for (String w : words) {
      if (padded.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> split(String s, String separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at = s.indexOf(separator); at >= 0; at = s.indexOf(separator, from)) {
      parts.add(s.substring(from, at));
      from = at + separator.length();
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Trims, collapses runs of whitespace to one space, and drops spaces before '-' or '/' and after
   * '/', so {@code "UPI / 123 / X"} and {@code "ACH D - X"} read as {@code "UPI/123/X"} and {@code
   * "ACH D- X"}. Rules are normalised the same way when loaded.
   */
  private static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
        continue;
      }
      if (space && c != '-' && c != '/' && out.charAt(out.length() - 1) != '/') {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code upper} if it is as long as {@code text}, else {@code text} upper-cased per code point.
   */
  private static String sameLength(String text, String upper) {
    if (upper.length() == text.length()) {
      return upper;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int u = Character.toUpperCase(cp);
              out.appendCodePoint(Character.charCount(u) == Character.charCount(cp) ? u : cp);
            });
    return out.toString();
  }
}
