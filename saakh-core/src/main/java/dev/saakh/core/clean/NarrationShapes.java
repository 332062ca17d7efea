package dev.saakh.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a rules file, indexed by the first character of their prefix, so a narration is
 * tried only against shapes that could match it, in file order (the first match still wins).
 * Immutable, so thread-safe.
 */
final class NarrationShapes {
  /** What a slot is read into; everything else (remark, bank, skip) is not read at all. */
  enum Slot {
    COUNTERPARTY,
    VPA,
    IFSC,
    REFERENCE,
    OTHER
  }

  private final List<NarrationRules.Shape> shapes;
  private final char[][] prefixes;
  private final char[][] separators;
  private final Slot[][] slots;
  private final boolean[][] rest;
  private final char[][] ends;
  private final int[] firstName;
  private final int[][] byFirst = new int[128][];
  private final int[] byOther;
  private final int[] byNothing;

  NarrationShapes(List<NarrationRules.Shape> shapes) {
    this.shapes = List.copyOf(shapes);
    int n = shapes.size();
    prefixes = new char[n][];
    separators = new char[n][];
    slots = new Slot[n][];
    rest = new boolean[n][];
    ends = new char[n][];
    firstName = new int[n];
    for (int i = 0; i < n; i++) {
      NarrationRules.Shape s = shapes.get(i);
      prefixes[i] = NarrationBuffer.sameLengthUpper(s.prefix()).toCharArray();
      ends[i] = s.ends() == null ? null : NarrationBuffer.sameLengthUpper(s.ends()).toCharArray();
      firstName[i] = s.slots().indexOf("counterparty");
      int restName = s.slots().indexOf("counterparty*");
      firstName[i] =
          restName >= 0 && (firstName[i] < 0 || restName < firstName[i]) ? restName : firstName[i];
      separators[i] = s.separator().toCharArray();
      slots[i] = new Slot[s.slots().size()];
      rest[i] = new boolean[s.slots().size()];
      for (int j = 0; j < slots[i].length; j++) {
        String name = s.slots().get(j);
        rest[i][j] = name.endsWith("*");
        slots[i][j] = slot(rest[i][j] ? name.substring(0, name.length() - 1) : name);
      }
    }
    for (char c = 0; c < 128; c++) {
      byFirst[c] = starting(c, c);
    }
    byOther = starting((char) 128, Character.MAX_VALUE);
    byNothing = starting((char) 1, (char) 0);
  }

  private static Slot slot(String name) {
    return switch (name) {
      case "counterparty" -> Slot.COUNTERPARTY;
      case "vpa" -> Slot.VPA;
      case "ifsc" -> Slot.IFSC;
      case "reference" -> Slot.REFERENCE;
      default -> Slot.OTHER;
    };
  }

  /** In file order, the shapes whose prefix is empty or starts with a character in [lo, hi]. */
  private int[] starting(char lo, char hi) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < prefixes.length; i++) {
      if (prefixes[i].length == 0 || (prefixes[i][0] >= lo && prefixes[i][0] <= hi)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The index of the first shape that {@code b} matches, with {@code b} split into that shape's
   * parts and marked cut or not; -1 when none does (then {@code b} has no parts).
   */
  int match(NarrationBuffer b) {
    int[] candidates = b.length == 0 ? byNothing : b.upper[0] < 128 ? byFirst[b.upper[0]] : byOther;
    for (int i : candidates) {
      char[] prefix = prefixes[i];
      if (prefix.length > b.length || !NarrationBuffer.regionIs(b.upper, 0, prefix)) {
        continue;
      }
      b.split(prefix.length, separators[i]);
      boolean cut = b.parts < slots[i].length || (ends[i] != null && !b.endsWith(ends[i]));
      int digits = shapes.get(i).digitsSlot();
      boolean cutDigits = cut && digits == b.parts - 1 && b.starts[digits] == b.ends[digits];
      if (digits >= 0 && b.parts > digits && !b.digits(digits) && !cutDigits) {
        continue;
      }
      if (!holds(shapes.get(i), b)) {
        continue;
      }
      b.cut = cut;
      b.readable = cut ? b.parts - 1 : b.parts;
      return i;
    }
    b.parts = 0;
    return -1;
  }

  /** A shape's part conditions: a part that must hold a UPI id, a part that must read a text. */
  private static boolean holds(NarrationRules.Shape s, NarrationBuffer b) {
    if (s.vpaSlot() >= 0 && (s.vpaSlot() >= b.parts || !b.partHas(s.vpaSlot(), '@'))) {
      return false;
    }
    if (s.isSlot() < 0) {
      return true;
    }
    if (s.isSlot() >= b.parts) {
      return false;
    }
    for (String any : s.isAny()) {
      if (b.partIs(s.isSlot(), any)) {
        return true;
      }
    }
    return false;
  }

  NarrationRules.Shape shape(int i) {
    return shapes.get(i);
  }

  Slot[] slots(int i) {
    return slots[i];
  }

  boolean[] rest(int i) {
    return rest[i];
  }

  /** The first counterparty slot of shape {@code i}, or -1. */
  int firstName(int i) {
    return firstName[i];
  }
}
