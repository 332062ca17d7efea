package dev.saakh.core.clean;

import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the first category rule whose conditions all hold, without testing every rule. When the
 * rules load, they are sorted per (channel, type, direction) into those the triple admits, and one
 * automaton is built over all {@code contains} texts (another over all {@code counterparty_any}
 * words). For a narration, one pass finds the texts it contains (on a cut narration, also those
 * whose beginning ends it); the answer is then the earliest admitted rule among those without a
 * text and those whose text was found. Immutable, so thread-safe.
 */
final class NarrationCategories {
  private static final int TYPES = TxnType.values().length + 1;
  private static final int DIRECTIONS = Direction.values().length + 1;

  private final NarrationMatcher needles;
  private final NarrationMatcher words;

  /** Per text: the rules that name it, in file order. */
  private final int[][] rulesOf;

  /** Per rule: the mask of its {@code counterparty_any} words, or null. */
  private final long[][] wordsOf;

  /** Per rule: the text one part must read, or null. */
  private final String[] partOf;

  /** Per rule: the id of the shape the narration must have matched, or null. */
  private final String[] shapeOf;

  /** Per (channel, type, direction) key: the admitted rules that name no text, in file order. */
  private final int[][] free;

  /** Per key: the set of rules it admits, as a bit mask over rule numbers. */
  private final long[][] admits;

  NarrationCategories(NarrationRules all) {
    List<NarrationRules.CategoryRule> rules = all.categories;
    List<String> texts = new ArrayList<>();
    List<List<Integer>> rulesOfText = new ArrayList<>();
    List<String> allWords = new ArrayList<>();
    wordsOf = new long[rules.size()][];
    partOf = new String[rules.size()];
    shapeOf = new String[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      NarrationRules.CategoryRule r = rules.get(i);
      partOf[i] = r.part();
      shapeOf[i] = r.shape();
      if (r.contains() != null) {
        int id = idOf(texts, r.contains());
        if (id == rulesOfText.size()) {
          rulesOfText.add(new ArrayList<>());
        }
        rulesOfText.get(id).add(i);
      }
      if (!r.counterpartyAny().isEmpty()) {
        int[] ids = r.counterpartyAny().stream().mapToInt(w -> idOf(allWords, w)).toArray();
        wordsOf[i] = mask(ids, allWords.size());
      }
    }
    needles = new NarrationMatcher(texts, all.cutTextMin);
    words = new NarrationMatcher(allWords, all.cutTextMin);
    rulesOf = rulesOfText.stream().map(NarrationCategories::ints).toArray(int[][]::new);
    int keys = Channel.values().length * TYPES * DIRECTIONS;
    free = new int[keys][];
    admits = new long[keys][];
    for (Channel c : Channel.values()) {
      for (int t = 0; t < TYPES; t++) {
        for (int d = 0; d < DIRECTIONS; d++) {
          admit(rules, key(c, t, d), c, t, d);
        }
      }
    }
  }

  private static int key(Channel c, int t, int d) {
    return (c.ordinal() * TYPES + t) * DIRECTIONS + d;
  }

  private static int idOf(List<String> list, String s) {
    int i = list.indexOf(s);
    if (i < 0) {
      list.add(s);
      return list.size() - 1;
    }
    return i;
  }

  private static long[] mask(int[] ids, int size) {
    long[] m = new long[(size + 63) / 64];
    for (int id : ids) {
      m[id >> 6] |= 1L << id;
    }
    return m;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private void admit(List<NarrationRules.CategoryRule> rules, int key, Channel c, int t, int d) {
    TxnType type = t == 0 ? null : TxnType.values()[t - 1];
    Direction direction = d == 0 ? null : Direction.values()[d - 1];
    List<Integer> admitted = new ArrayList<>();
    List<Integer> noText = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      NarrationRules.CategoryRule r = rules.get(i);
      if ((r.channel() == null || r.channel() == c)
          && (r.type() == null || r.type() == type)
          && (r.direction() == null || r.direction() == direction)) {
        admitted.add(i);
        if (r.contains() == null) {
          noText.add(i);
        }
      }
    }
    admits[key] = mask(ints(admitted), rules.size());
    free[key] = ints(noText);
  }

  /** Finds which {@code contains} texts occur in the narration held by {@code b}. */
  void scan(NarrationBuffer b) {
    b.clearMasks(needles.words(), words.words());
    if (b.longUpper == null) {
      b.endState = needles.find(b.upper, b.length, b.found);
    } else {
      b.endState = needles.find(b.longUpper.toCharArray(), b.longUpper.length(), b.found);
    }
  }

  /**
   * The index of the first rule that holds for the scanned narration (its name, parts and whether
   * it was cut as {@code b} holds them), or -1.
   */
  int rule(NarrationBuffer b, Channel channel, TxnType type, Direction direction) {
    if (b.cut) {
      needles.complete(b.endState, b.found);
    }
    int key =
        key(
            channel,
            type == null ? 0 : type.ordinal() + 1,
            direction == null ? 0 : direction.ordinal() + 1);
    int best = Integer.MAX_VALUE;
    for (int i : free[key]) {
      if (holds(b, i)) {
        best = i;
        break;
      }
    }
    long[] admitted = admits[key];
    for (int w = 0; w < b.found.length; w++) {
      for (long bits = b.found[w]; bits != 0; bits &= bits - 1) {
        int text = w * 64 + Long.numberOfTrailingZeros(bits);
        for (int i : rulesOf[text]) {
          if (i >= best) {
            break;
          }
          if ((admitted[i >> 6] & (1L << i)) != 0 && holds(b, i)) {
            best = i;
            break;
          }
        }
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  /** Whether rule {@code i}'s conditions on the name and the parts hold. */
  private boolean holds(NarrationBuffer b, int i) {
    return (shapeOf[i] == null || shapeOf[i].equals(b.shape))
        && (wordsOf[i] == null || anyWord(b, wordsOf[i]))
        && (partOf[i] == null || anyPart(b, partOf[i]));
  }

  private static boolean anyPart(NarrationBuffer b, String part) {
    for (int j = 0; j < b.readable; j++) {
      if (b.partIs(j, part)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyWord(NarrationBuffer b, long[] mask) {
    if (b.name == null) {
      return false;
    }
    if (!b.wordsScanned) {
      int end = words.find(' ', b.name, b.words);
      if (b.cut && b.nameCut) {
        words.complete(end, b.words);
      }
      b.wordsScanned = true;
    }
    for (int w = 0; w < mask.length; w++) {
      if ((b.words[w] & mask[w]) != 0) {
        return true;
      }
    }
    return false;
  }
}
