package dev.saakh.synth.lake;

import static dev.saakh.synth.lake.TestingTrees.DEAD_PID;
import static dev.saakh.synth.lake.TestingTrees.lake;
import static dev.saakh.synth.lake.TestingTrees.leftover;
import static dev.saakh.synth.lake.TestingTrees.names;
import static dev.saakh.synth.lake.TestingTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run finds beside the lake after one that was killed: every state the replacing steps can
 * leave behind is tidied, and nothing of a live run or of the user's is touched.
 */
class LakeWriterLeftoversTest {
  @TempDir Path tmp;

  @Test
  void removesTheStagingFoldersOfARunThatIsGone() throws IOException {
    Path lake = tmp.resolve("lake");
    leftover(lake, "tmp", DEAD_PID, true);
    leftover(lake, "old", DEAD_PID + 1, true);
    List<String> notices = lake(lake, 1, false);
    assertThat(names(tmp)).containsExactly("lake");
    assertThat(notices)
        .containsExactly(
            "removed 2 folders left beside "
                + lake
                + " by a saakh generate that was killed: .lake.old-2147483648-abc,"
                + " .lake.tmp-2147483647-abc");
  }

  @Test
  void neverRemovesTheStagingFolderOfARunStillGoing() throws IOException {
    Path lake = tmp.resolve("lake");
    Path live = tmp.resolve(".lake.tmp-" + ProcessHandle.current().pid() + "-abc");
    Files.createDirectory(live);
    Staging.mark(live);
    Map<String, String> before = tree(live);
    assertThat(lake(lake, 1, false)).isEmpty();
    assertThat(tree(live)).isEqualTo(before);
  }

  @Test
  void aReusedPidDoesNotKeepALeftoverAlive() throws IOException {
    Path lake = tmp.resolve("lake");
    long me = ProcessHandle.current().pid();
    Path stale = leftover(lake, "tmp", me, false);
    Files.writeString(stale.resolve(Staging.MARKER), "pid " + me + "\nstarted 2001-01-01T00:00Z\n");
    lake(lake, 1, false);
    assertThat(names(tmp)).containsExactly("lake");
  }

  @Test
  void leavesAloneAFolderSaakhDidNotMakeEvenIfItsNameLooksLikeOne() throws IOException {
    Path lake = tmp.resolve("lake");
    Path users = leftover(lake, "tmp", DEAD_PID, false);
    Files.writeString(users.resolve("mine.txt"), "mine");
    Path other = Files.createDirectory(tmp.resolve(".lake.tmp-keep"));
    assertThat(lake(lake, 1, false)).isEmpty();
    assertThat(names(users)).containsExactly("mine.txt", "raw");
    assertThat(other).isDirectory();
  }

  @Test
  void restoresTheOldLakeWhenARunWasKilledBetweenMovingItAsideAndTheNewOneIn() throws IOException {
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    Map<String, String> old = tree(lake);
    Path aside = tmp.resolve(".lake.old-" + DEAD_PID + "-abc");
    Files.move(lake, aside);
    Path newer = tmp.resolve("newer");
    lake(newer, 2, false);
    Files.move(newer, tmp.resolve(".lake.tmp-" + DEAD_PID + "-def"));
    assertThatThrownBy(() -> lake(lake, 3, false))
        .hasMessageContaining("already exists and is not empty (use --overwrite");
    assertThat(tree(lake)).isEqualTo(old);
    assertThat(names(tmp)).containsExactly("lake");
    assertThat(Leftovers.recover(lake)).isEmpty();
  }

  @Test
  void saysSoWhenItRestoresALake() throws IOException {
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    Files.move(lake, tmp.resolve(".lake.old-" + DEAD_PID + "-abc"));
    assertThat(Leftovers.recover(lake))
        .containsExactly(
            "restored the lake "
                + lake
                + " from .lake.old-2147483647-abc, where a saakh generate that was killed had set"
                + " it aside");
    assertThat(lake.resolve("lake.json")).isNotEmptyFile();
  }

  @Test
  void aSetAsideLakeThatWasBeingDeletedIsRemovedNotRestored() throws IOException {
    Path lake = tmp.resolve("lake");
    Path half = leftover(lake, "old", DEAD_PID, true);
    assertThat(Leftovers.recover(lake)).hasSize(1);
    assertThat(half).doesNotExist();
    assertThat(lake).doesNotExist();
  }

  @Test
  void anUnmarkedSetAsideLakeIsRemovedWhenTheNewOneIsInPlace() throws IOException {
    Path lake = tmp.resolve("lake");
    lake(lake, 2, false);
    Map<String, String> current = tree(lake);
    Path other = tmp.resolve("other");
    lake(other, 1, false);
    Files.move(other, tmp.resolve(".lake.old-" + DEAD_PID + "-abc"));
    assertThat(Leftovers.recover(lake)).hasSize(1).allMatch(n -> n.startsWith("removed a folder"));
    assertThat(tree(lake)).isEqualTo(current);
    assertThat(names(tmp)).containsExactly("lake");
  }

  @Test
  void theMarkerNamesThisProcess() throws IOException {
    Path dir = Staging.create(tmp.resolve("lake"), Staging.Kind.TMP);
    assertThat(dir.getFileName().toString())
        .startsWith(".lake.tmp-" + ProcessHandle.current().pid() + "-");
    assertThat(Files.readString(dir.resolve(Staging.MARKER)))
        .contains("pid " + ProcessHandle.current().pid());
    assertThat(Staging.ownerAlive(dir, ProcessHandle.current().pid())).isTrue();
    assertThat(Staging.ownerAlive(dir, DEAD_PID)).isFalse();
  }
}
