package dev.saakh.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line-by-line diff of two policy texts: the longest common subsequence of their lines, written
 * as unified-diff hunks ({@code @@ -1,4 +1,5 @@}) with a few lines of context. Line ends ({@code
 * \n} or {@code \r\n}) are not compared; a final line end does not make an empty last line.
 */
final class PolicyDiff {
  /** Lines of context around each change, as {@code diff -u} shows. */
  static final int CONTEXT = 3;

  /**
   * The largest table the LCS may fill (lines of one side times the other, after the common ends).
   */
  static final long MAX_CELLS = 4_000_000L;

  private PolicyDiff() {}

  /** What happened to a line. */
  enum Kind {
    SAME(" "),
    REMOVED("-"),
    ADDED("+");

    private final String sign;

    Kind(String sign) {
      this.sign = sign;
    }

    /** The line's first character in a unified diff. */
    public String sign() {
      return sign;
    }
  }

  /**
   * One line of the edit script.
   *
   * @param oldNo its 1-based number in the old text, 0 for an added line
   * @param newNo its 1-based number in the new text, 0 for a removed line
   */
  record Line(Kind kind, int oldNo, int newNo, String text) {
    Line {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    /** The line as a unified diff writes it. */
    public String unified() {
      return kind.sign() + text;
    }
  }

  /** A run of changes with its context, as one {@code @@} section. */
  record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
    Hunk {
      lines = List.copyOf(lines);
    }

    /** {@code @@ -oldStart,oldCount +newStart,newCount @@}. */
    public String header() {
      return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
    }
  }

  /** The text's lines, without their line ends. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = end + 1;
    }
    return out;
  }

  /**
   * Every line of both texts in order: common lines once, removed lines before the lines added in
   * their place.
   *
   * @throws IllegalArgumentException when the texts differ in too many lines to diff
   */
  static List<Line> script(String oldText, String newText) {
    List<String> a = split(oldText);
    List<String> b = split(newText);
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < a.size() - pre
        && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
      suf++;
    }
    List<Line> out = new ArrayList<>(a.size() + b.size());
    for (int i = 0; i < pre; i++) {
      out.add(new Line(Kind.SAME, i + 1, i + 1, a.get(i)));
    }
    middle(a.subList(pre, a.size() - suf), b.subList(pre, b.size() - suf), pre, out);
    for (int k = suf; k > 0; k--) {
      int i = a.size() - k;
      int j = b.size() - k;
      out.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
    }
    return out;
  }

  /** The LCS edit script of the differing middle parts; both start after {@code offset} lines. */
  private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      throw new IllegalArgumentException(
          "the two versions differ in too many lines to diff here ("
              + n
              + " against "
              + m
              + " lines)");
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        out.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
        i++;
        j++;
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
        i++;
      } else {
        out.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
        j++;
      }
    }
  }

  /** The changes as hunks with {@code context} lines around each; empty when the texts agree. */
  static List<Hunk> hunks(String oldText, String newText, int context) {
    List<Line> s = script(oldText, newText);
    List<Hunk> out = new ArrayList<>();
    int k = 0;
    while (k < s.size()) {
      if (s.get(k).kind() == Kind.SAME) {
        k++;
        continue;
      }
      int start = Math.max(0, k - context);
      int end = k;
      int lastChange = k;
      while (end < s.size()) {
        if (s.get(end).kind() != Kind.SAME) {
          lastChange = end;
        } else if (end - lastChange > 2 * context) {
          break;
        }
        end++;
      }
      end = Math.min(s.size(), lastChange + context + 1);
      out.add(hunk(s, start, end));
      k = end;
    }
    return out;
  }

  private static Hunk hunk(List<Line> s, int start, int end) {
    int oldBefore = 0;
    int newBefore = 0;
    for (int k = 0; k < start; k++) {
      oldBefore += s.get(k).kind() == Kind.ADDED ? 0 : 1;
      newBefore += s.get(k).kind() == Kind.REMOVED ? 0 : 1;
    }
    List<Line> lines = s.subList(start, end);
    int oldCount = (int) lines.stream().filter(l -> l.kind() != Kind.ADDED).count();
    int newCount = (int) lines.stream().filter(l -> l.kind() != Kind.REMOVED).count();
    return new Hunk(
        oldCount == 0 ? oldBefore : oldBefore + 1,
        oldCount,
        newCount == 0 ? newBefore : newBefore + 1,
        newCount,
        lines);
  }

  /** The whole diff as {@code diff -u} text, headed by the two names; empty when they agree. */
  static String unified(String oldName, String newName, String oldText, String newText) {
    List<Hunk> hs = hunks(oldText, newText, CONTEXT);
    if (hs.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append("--- ").append(oldName).append('\n');
    b.append("+++ ").append(newName).append('\n');
    for (Hunk h : hs) {
      b.append(h.header()).append('\n');
      for (Line l : h.lines()) {
        b.append(l.unified()).append('\n');
      }
    }
    return b.toString();
  }
}
