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
 * <p>Differences from the first version: where upper-casing would change the narration's length
 * ({@code ß} → {@code SS}), shapes are matched against a same-length upper case, because the old
 * code then cut the narration at the wrong place or threw. And (rules 2026.11-2) cut narrations: a
 * narration with fewer parts than its shape has slots, or not ending as its shape says, was cut, so
 * its last part is not read as a value (a cut name still shows its words to the category rules; an
 * IFSC is read, as a cut one fails its length check; a cut digits slot may be empty); texts whose
 * beginning ends a cut narration count as present (see {@code cut_text_min}); a missing digits slot
 * does not rule a shape out; and category rules may ask for a whole part ({@code part}). Rules
 * 2026.12-1: a shape may require a part to hold a UPI id ({@code vpa_slot}) or to read one of some
 * texts ({@code is_slot}, {@code is_any}); a category rule may require a shape ({@code shape}); a
 * counterparty loses a leading honorific ({@code name_prefixes}); and a VPA read, like a
 * counterparty, lets the category give the direction.
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
      boolean cut = cut(shape, parts, aligned);
      int d = shape.digitsSlot();
      boolean cutDigits = cut && d == parts.size() - 1 && parts.get(d).isEmpty();
      if (d >= 0 && parts.size() > d && !digits(parts.get(d)) && !cutDigits) {
        continue;
      }
      if (!partsHold(shape, parts)) {
        continue;
      }
      return read(shape, parts, cut, upper, type);
    }
    Match none = new Match(upper, false, null, false, List.of(), null);
    int rule = ruleIndex(none, Channel.OTHER, type, null);
    Category category = rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
    return new Narration(Channel.OTHER, null, null, null, null, null, category, null, -1);
  }

  private static boolean partsHold(NarrationRules.Shape shape, List<String> parts) {
    int v = shape.vpaSlot();
    if (v >= 0 && (parts.size() <= v || !parts.get(v).contains("@"))) {
      return false;
    }
    int is = shape.isSlot();
    return is < 0
        || (parts.size() > is
            && shape.isAny().contains(parts.get(is).trim().toUpperCase(Locale.ROOT)));
  }

  /** What the category rules look at. */
  private record Match(
      String upper,
      boolean cut,
      String words,
      boolean wordsCut,
      List<String> parts,
      String shape) {}

  private static boolean cut(NarrationRules.Shape shape, List<String> parts, String aligned) {
    String ends = shape.ends();
    return parts.size() < shape.slots().size()
        || (ends != null && !aligned.endsWith(sameLength(ends, ends.toUpperCase(Locale.ROOT))));
  }

  private Narration read(
      NarrationRules.Shape shape, List<String> parts, boolean cut, String upper, TxnType type) {
    int readable = cut ? parts.size() - 1 : parts.size();
    String counterparty = null;
    String partial = null;
    String vpa = null;
    String ifsc = null;
    String reference = null;
    int firstName = -1;
    for (int i = 0; i < shape.slots().size() && i < parts.size(); i++) {
      String slot = shape.slots().get(i);
      boolean rest = slot.endsWith("*");
      String value =
          rest ? String.join(shape.separator(), parts.subList(i, parts.size())) : parts.get(i);
      value = value.trim();
      String kind = rest ? slot.substring(0, slot.length() - 1) : slot;
      firstName = firstName < 0 && kind.equals("counterparty") ? i : firstName;
      if (i >= readable && !kind.equals("ifsc")) {
        partial = kind.equals("counterparty") ? name(value, rest) : partial;
        continue;
      }
      switch (kind) {
        case "counterparty" -> counterparty = name(value, rest);
        case "vpa" -> vpa = value.contains("@") ? value.toLowerCase(Locale.ROOT) : null;
        case "ifsc" -> ifsc = ifsc(value);
        case "reference" -> reference = value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
        default -> {}
      }
    }
    for (int i = parts.size(); i < shape.slots().size() && firstName < 0; i++) {
      firstName = shape.slots().get(i).startsWith("counterparty") ? i : -1;
    }
    Direction direction = shape.direction();
    String words = counterparty != null ? counterparty : partial;
    Match m =
        new Match(upper, cut, words, counterparty == null, parts.subList(0, readable), shape.id());
    int rule = ruleIndex(m, shape.channel(), type, direction);
    Category category = rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
    if (direction == null
        && (counterparty != null || vpa != null || (cut && firstName >= readable))) {
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
    for (String prefix : rules.namePrefixes) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        name = name.substring(prefix.length());
        break;
      }
    }
    return name.isBlank() ? null : name.trim();
  }

  private static String ifsc(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    return v.length() == 11 && v.charAt(4) == '0' ? v : null;
  }

  private int ruleIndex(Match m, Channel channel, TxnType type, Direction direction) {
    for (int i = 0; i < rules.categories.size(); i++) {
      NarrationRules.CategoryRule r = rules.categories.get(i);
      if ((r.contains() == null
              || m.upper().contains(r.contains())
              || (m.cut() && endsWithPrefix(m.upper(), r.contains())))
          && (r.counterpartyAny().isEmpty()
              || containsAny(m.words(), r.counterpartyAny(), m.cut() && m.wordsCut()))
          && (r.part() == null || hasPart(m.parts(), r.part()))
          && (r.shape() == null || r.shape().equals(m.shape()))
          && (r.channel() == null || r.channel() == channel)
          && (r.type() == null || r.type() == type)
          && (r.direction() == null || r.direction() == direction)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code text} ends with the first k characters of {@code needle}, min ≤ k < length. */
  private boolean endsWithPrefix(String text, String needle) {
    for (int k = Math.max(1, rules.cutTextMin); rules.cutTextMin > 0 && k < needle.length(); k++) {
      if (text.endsWith(needle.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  private boolean containsAny(String counterparty, List<String> words, boolean cut) {
    if (counterparty == null) {
      return false;
    }
    String padded = " " + counterparty;
    for (String w : words) {
      if (padded.contains(w) || (cut && endsWithPrefix(padded, w))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPart(List<String> parts, String part) {
    for (String p : parts) {
      if (p.trim().toUpperCase(Locale.ROOT).equals(part)) {
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
