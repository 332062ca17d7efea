package dev.saakh.core.clean;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads a bank narration into a {@link Narration} using rules kept in data (the versioned {@code
 * narration-rules.json}, or a lender's own file): the first matching shape gives the channel and
 * which slot holds the counterparty, VPA, IFSC and reference; the first matching category rule
 * gives the category. Narrations are normalised first (case, runs of spaces, spaces around
 * separators), so export noise does not defeat the shapes. A narration with fewer parts than its
 * shape has slots, or not ending as its shape says, was cut (exports truncate narrations): its last
 * part may be partial, so no value is read from it (but an IFSC, which a cut one fails the length
 * check of), while the parts before it are read as usual. Thread-safe; never throws on data.
 *
 * <p>Built for a million narrations a second per core: a narration is normalised and upper-cased
 * once into a per-thread buffer, only shapes whose prefix starts with its first character are tried
 * ({@link NarrationShapes}), and one automaton pass finds every category rule's text at once
 * ({@link NarrationCategories}); the result is the same as trying every shape and rule in order.
 */
public final class NarrationParser {
  private static final String DEFAULT_RULES = "/dev/saakh/core/clean/narration-rules.json";
  private static final ThreadLocal<NarrationBuffer> BUFFERS =
      ThreadLocal.withInitial(NarrationBuffer::new);
  private final NarrationRules rules;
  private final NarrationShapes shapes;
  private final NarrationCategories categories;

  private NarrationParser(NarrationRules rules) {
    this.rules = rules;
    this.shapes = new NarrationShapes(rules.shapes);
    this.categories = new NarrationCategories(rules);
  }

  /** The rules that ship with Saakh. */
  public static NarrationParser defaults() {
    try (InputStream in = NarrationParser.class.getResourceAsStream(DEFAULT_RULES)) {
      return of(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RULES, e);
    }
  }

  /** Rules from a file of the same format; a malformed file is refused naming the entry. */
  public static NarrationParser of(InputStream rulesJson) throws IOException {
    return new NarrationParser(NarrationRules.read(rulesJson));
  }

  public String rulesVersion() {
    return rules.version;
  }

  public Narration parse(String raw, TxnType type) {
    String s = raw == null ? "" : raw;
    NarrationBuffer b = s.length() <= NarrationBuffer.KEPT ? BUFFERS.get() : new NarrationBuffer();
    b.read(s);
    categories.scan(b);
    int shape = shapes.match(b);
    if (shape < 0) {
      int rule = categories.rule(b, Channel.OTHER, type, null);
      Category category = rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
      return new Narration(Channel.OTHER, null, null, null, null, null, category, null, -1);
    }
    return read(shape, b, type);
  }

  private Narration read(int index, NarrationBuffer b, TxnType type) {
    NarrationShapes.Slot[] slots = shapes.slots(index);
    boolean[] rest = shapes.rest(index);
    String counterparty = null;
    String vpa = null;
    String ifsc = null;
    String reference = null;
    String partial = null;
    for (int i = 0; i < slots.length && i < b.parts; i++) {
      if (i >= b.readable && slots[i] != NarrationShapes.Slot.IFSC) {
        partial =
            slots[i] == NarrationShapes.Slot.COUNTERPARTY
                ? name(b.part(i, rest[i]), rest[i])
                : partial;
        continue;
      }
      switch (slots[i]) {
        case COUNTERPARTY -> counterparty = name(b.part(i, rest[i]), rest[i]);
        case VPA -> vpa = vpa(b.part(i, rest[i]));
        case IFSC -> ifsc = ifsc(b.part(i, rest[i]));
        case REFERENCE -> reference = reference(b.part(i, rest[i]));
        case OTHER -> {}
      }
    }
    b.name = counterparty != null ? counterparty : partial;
    b.nameCut = counterparty == null;
    NarrationRules.Shape shape = shapes.shape(index);
    b.shape = shape.id();
    Direction direction = shape.direction();
    int rule = categories.rule(b, shape.channel(), type, direction);
    Category category = rule >= 0 ? rules.categories.get(rule).category() : Category.OTHER;
    boolean nameUnread = b.cut && shapes.firstName(index) >= b.readable;
    if (direction == null && (counterparty != null || vpa != null || nameUnread)) {
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

  private static String vpa(String value) {
    return value.indexOf('@') >= 0 ? value.toLowerCase(Locale.ROOT) : null;
  }

  private static String ifsc(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    return v.length() == 11 && v.charAt(4) == '0' ? v : null;
  }

  private static String reference(String value) {
    return value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
  }

  /**
   * Trims, collapses runs of whitespace to one space, and drops spaces before '-' or '/' and after
   * '/', so {@code "UPI / 123 / X"} and {@code "ACH D - X"} read as {@code "UPI/123/X"} and {@code
   * "ACH D- X"}. Rules are normalised the same way when loaded.
   */
  static String normalize(String s) {
    char[] out = new char[s.length()];
    return new String(out, 0, NarrationBuffer.normalize(s, out));
  }

  /** A rule's prefix or separator: normalised, keeping a significant trailing space ("NEFT "). */
  static String normalizeRule(String s) {
    String n = normalize(s);
    return s.endsWith(" ") ? n + " " : n;
  }
}
