package dev.saakh.core.clean;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds in one pass which of a fixed list of needles occur in a text: an Aho–Corasick automaton
 * compiled into a transition table when the rules load. Needle {@code i} found sets bit {@code i}
 * of a mask of {@link #words()} longs. The state a pass ends in also tells which needles the text
 * ends with the beginning of ({@link #complete}), for cut narrations. Immutable, so thread-safe.
 */
final class NarrationMatcher {
  /** Set in a {@link #next} entry when reaching that state finds a needle. */
  private static final int EMITS = 1 << 30;

  private final int words;
  private final int[] asciiClass = new int[128];
  private final char[] otherChars;
  private final int asciiClasses;
  private final int classes;

  /**
   * {@code next[row + class]}, where a state's row is its number times {@link #classes}: the row of
   * the state after reading a character of that class, plus {@link #EMITS} if that state finds a
   * needle. One load per character and no multiply.
   */
  private final int[] next;

  /** {@code masks[state * words + w]}: the needles found on reaching that state. */
  private final long[] masks;

  /**
   * {@code cut[state * words + w]}: the needles whose first {@code cutMin} or more (not all)
   * characters end a text that ends in that state.
   */
  private final long[] cut;

  private final long[] empty;

  /**
   * @param cutMin how many characters of a needle must end a text for {@link #complete} to count it
   *     (0: never)
   */
  NarrationMatcher(List<String> needles, int cutMin) {
    this.words = Math.max(1, (needles.size() + 63) / 64);
    this.otherChars = alphabet(needles, asciiClass);
    this.asciiClasses = countAscii(asciiClass);
    this.classes = 1 + asciiClasses + otherChars.length;
    long capacity = 1;
    for (String n : needles) {
      capacity += n.length();
    }
    if (capacity * classes >= EMITS) {
      throw new IllegalArgumentException("narration rules: too many category texts to index");
    }
    int[] go = new int[(int) capacity * classes];
    Arrays.fill(go, -1);
    long[] out = new long[(int) capacity * words];
    long[] prefixes = new long[(int) capacity * words];
    int[] depth = new int[(int) capacity];
    this.empty = new long[words];
    int states = trie(needles, go, out, prefixes, depth);
    long[] ends = new long[states * words];
    link(go, out, states, cutMin > 0 ? prefixes : null, depth, cutMin, ends);
    this.cut = ends;
    this.masks = Arrays.copyOf(out, states * words);
    this.next = new int[states * classes];
    for (int i = 0; i < next.length; i++) {
      next[i] = go[i] * classes | (emits(go[i]) ? EMITS : 0);
    }
  }

  private boolean emits(int state) {
    for (int w = 0; w < words; w++) {
      if (masks[state * words + w] != 0) {
        return true;
      }
    }
    return false;
  }

  int words() {
    return words;
  }

  /**
   * ORs into {@code found} the needles that occur in {@code text[0, length)}; returns the state the
   * pass ended in.
   */
  int find(char[] text, int length, long[] found) {
    or(empty, 0, found);
    int row = 0;
    for (int i = 0; i < length; i++) {
      row = step(row, text[i], found);
    }
    return row;
  }

  /** As {@link #find(char[], int, long[])}, over {@code lead} followed by {@code text}. */
  int find(char lead, String text, long[] found) {
    or(empty, 0, found);
    int row = step(0, lead, found);
    for (int i = 0; i < text.length(); i++) {
      row = step(row, text.charAt(i), found);
    }
    return row;
  }

  /** ORs into {@code found} the needles whose beginning ends a text that ended in {@code state}. */
  void complete(int state, long[] found) {
    or(cut, state / classes * words, found);
  }

  private int step(int row, char c, long[] found) {
    int to = next[row + classOf(c)];
    int nextRow = to & (EMITS - 1);
    if (to >= EMITS) {
      or(masks, nextRow / classes * words, found);
    }
    return nextRow;
  }

  private void or(long[] from, int at, long[] into) {
    for (int w = 0; w < words; w++) {
      into[w] |= from[at + w];
    }
  }

  private int classOf(char c) {
    if (c < 128) {
      return asciiClass[c];
    }
    int i = Arrays.binarySearch(otherChars, c);
    return i >= 0 ? 1 + asciiClasses + i : 0;
  }

  /** Numbers the ASCII characters the needles use (from 1) and returns the others, sorted. */
  private static char[] alphabet(List<String> needles, int[] ascii) {
    StringBuilder others = new StringBuilder();
    int n = 0;
    for (String needle : needles) {
      for (int i = 0; i < needle.length(); i++) {
        char c = needle.charAt(i);
        if (c < 128 && ascii[c] == 0) {
          ascii[c] = ++n;
        } else if (c >= 128 && others.indexOf(String.valueOf(c)) < 0) {
          others.append(c);
        }
      }
    }
    char[] sorted = others.toString().toCharArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static int countAscii(int[] ascii) {
    int max = 0;
    for (int c : ascii) {
      max = Math.max(max, c);
    }
    return max;
  }

  /**
   * Builds the trie of the needles into {@code go}: per state, the needles that end there ({@code
   * out}), those that pass through it ({@code prefixes}) and its depth; returns the number of
   * states.
   */
  private int trie(List<String> needles, int[] go, long[] out, long[] prefixes, int[] depth) {
    int states = 1;
    for (int id = 0; id < needles.size(); id++) {
      String needle = needles.get(id);
      if (needle.isEmpty()) {
        empty[id >> 6] |= 1L << id;
        continue;
      }
      int s = 0;
      for (int i = 0; i < needle.length(); i++) {
        prefixes[s * words + (id >> 6)] |= 1L << id;
        int at = s * classes + classOf(needle.charAt(i));
        if (go[at] < 0) {
          depth[states] = i + 1;
          go[at] = states++;
        }
        s = go[at];
      }
      out[s * words + (id >> 6)] |= 1L << id;
    }
    return states;
  }

  /**
   * Turns the trie into the automaton: failure links, breadth first, folded into {@code go}; with
   * {@code prefixes}, also fills {@code ends} (see {@link #cut}) along the failure links.
   */
  private void link(
      int[] go, long[] out, int states, long[] prefixes, int[] depth, int cutMin, long[] ends) {
    int[] fail = new int[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      if (go[c] < 0) {
        go[c] = 0;
      } else {
        queue.add(go[c]);
        for (int w = 0; prefixes != null && depth[go[c]] >= cutMin && w < words; w++) {
          ends[go[c] * words + w] = prefixes[go[c] * words + w];
        }
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int c = 0; c < classes; c++) {
        int at = s * classes + c;
        int via = go[fail[s] * classes + c];
        if (go[at] < 0) {
          go[at] = via;
        } else {
          int child = go[at];
          fail[child] = via;
          for (int w = 0; w < words; w++) {
            out[child * words + w] |= out[via * words + w];
            if (prefixes != null) {
              long own = depth[child] >= cutMin ? prefixes[child * words + w] : 0;
              ends[child * words + w] = own | ends[via * words + w];
            }
          }
          queue.add(child);
        }
      }
    }
  }
}
