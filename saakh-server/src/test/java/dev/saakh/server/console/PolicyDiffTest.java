package dev.saakh.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.server.console.PolicyDiff.Hunk;
import dev.saakh.server.console.PolicyDiff.Kind;
import dev.saakh.server.console.PolicyDiff.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "l" + i + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void equalTextsHaveNoHunks() {
    String t = "policy-id: a\nversion: \"1\"\n";
    assertThat(PolicyDiff.hunks(t, t, 3)).isEmpty();
    assertThat(PolicyDiff.unified("a", "b", t, t)).isEmpty();
    assertThat(PolicyDiff.hunks("x\r\ny\r\n", "x\ny", 3))
        .as("line ends are not compared")
        .isEmpty();
  }

  @Test
  void oneChangedLineIsOneHunkWithThreeLinesOfContext() {
    String old = lines(1, 10);
    String changed = old.replace("l5\n", "five\n");
    assertThat(PolicyDiff.unified("v1", "v2", old, changed))
        .isEqualTo("--- v1\n+++ v2\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+five\n l6\n l7\n l8\n");
  }

  @Test
  void addedAndRemovedLinesCountOnTheirOwnSideOnly() {
    String old = lines(1, 6);
    String added = "l1\nl2\nl3\nnew\nl4\nl5\nl6\n";
    List<Hunk> h = PolicyDiff.hunks(old, added, 1);
    assertThat(h).hasSize(1);
    assertThat(h.get(0).header()).isEqualTo("@@ -3,2 +3,3 @@");
    assertThat(h.get(0).lines()).extracting(Line::unified).containsExactly(" l3", "+new", " l4");
    assertThat(PolicyDiff.hunks(added, old, 1).get(0).header()).isEqualTo("@@ -3,3 +3,2 @@");
  }

  @Test
  void fromAndToNothingUseLineZero() {
    assertThat(PolicyDiff.hunks("", "a\nb\n", 3).get(0).header()).isEqualTo("@@ -0,0 +1,2 @@");
    assertThat(PolicyDiff.hunks("a\nb\n", "", 3).get(0).header()).isEqualTo("@@ -1,2 +0,0 @@");
  }

  @Test
  void changesCloserThanTwiceTheContextShareAHunk() {
    String old = lines(1, 30);
    String near = old.replace("l5\n", "x5\n").replace("l11\n", "x11\n");
    assertThat(PolicyDiff.hunks(old, near, 3)).hasSize(1);
    assertThat(PolicyDiff.hunks(old, near, 3).get(0).header()).isEqualTo("@@ -2,13 +2,13 @@");
    String edge = old.replace("l5\n", "x5\n").replace("l12\n", "x12\n");
    assertThat(PolicyDiff.hunks(old, edge, 3)).as("a gap of exactly 6 lines").hasSize(1);
    String far = old.replace("l5\n", "x5\n").replace("l13\n", "x13\n");
    List<Hunk> two = PolicyDiff.hunks(old, far, 3);
    assertThat(two)
        .extracting(Hunk::header)
        .containsExactly("@@ -2,7 +2,7 @@", "@@ -10,7 +10,7 @@");
  }

  @Test
  void theScriptKeepsALongestCommonSubsequence() {
    // Myers' example: ABCABBA against CBABAC has a longest common subsequence of 4.
    List<Line> s = PolicyDiff.script("A\nB\nC\nA\nB\nB\nA\n", "C\nB\nA\nB\nA\nC\n");
    assertThat(s.stream().filter(l -> l.kind() == Kind.SAME)).hasSize(4);
    assertThat(s.stream().filter(l -> l.kind() == Kind.REMOVED)).hasSize(3);
    assertThat(s.stream().filter(l -> l.kind() == Kind.ADDED)).hasSize(2);
  }

  @Test
  void randomTextsAreRebuiltFromTheScriptAndTheLcsIsLongest() {
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int round = 0; round < 500; round++) {
      List<String> a = randomLines(random);
      List<String> b = randomLines(random);
      String at = String.join("\n", a);
      String bt = String.join("\n", b);
      List<Line> s = PolicyDiff.script(at, bt);
      List<String> rebuiltOld = new ArrayList<>();
      List<String> rebuiltNew = new ArrayList<>();
      for (Line l : s) {
        if (l.kind() != Kind.ADDED) {
          rebuiltOld.add(l.text());
          assertThat(l.oldNo()).isEqualTo(rebuiltOld.size());
        }
        if (l.kind() != Kind.REMOVED) {
          rebuiltNew.add(l.text());
          assertThat(l.newNo()).isEqualTo(rebuiltNew.size());
        }
      }
      assertThat(rebuiltOld).isEqualTo(a);
      assertThat(rebuiltNew).isEqualTo(b);
      assertThat(s.stream().filter(l -> l.kind() == Kind.SAME).count())
          .as("%s against %s", a, b)
          .isEqualTo(lcsLength(a, b));
    }
  }

  @Test
  void textsTooDifferentToDiffAreRefusedWithAMessage() {
    String a = lines(1, 3000);
    String b = a.replace("l", "m");
    assertThatThrownBy(() -> PolicyDiff.script(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too many lines")
        .hasMessageContaining("3000 against 3000");
  }

  private static List<String> randomLines(SplittableRandom random) {
    int n = random.nextInt(9);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf((char) ('a' + random.nextInt(3))));
    }
    return out;
  }

  /** The LCS length by plain recursion over prefixes (independent of the class under test). */
  private static long lcsLength(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] =
            a.get(i - 1).equals(b.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.size()][b.size()];
  }
}
