package dev.saakh.synth.lake;

import static dev.saakh.synth.lake.TestingTrees.lake;
import static dev.saakh.synth.lake.TestingTrees.names;
import static dev.saakh.synth.lake.TestingTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --overwrite} may replace, and that replacing deletes nothing else. */
class LakeWriterOverwriteTest {
  @TempDir Path tmp;

  @Test
  void writesANewLakeWithNothingLeftBesideOrInsideIt() throws IOException {
    Path lake = tmp.resolve("lake");
    assertThat(lake(lake, 1, false)).isEmpty();
    assertThat(names(tmp)).containsExactly("lake");
    assertThat(names(lake)).containsExactly("labels.ndjson", "lake.json", "raw");
  }

  @Test
  void replacesASaakhLakeWhenAskedAndOnlyThen() throws IOException {
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    Map<String, String> before = tree(lake);
    assertThatThrownBy(() -> lake(lake, 2, false))
        .hasMessage(
            "lake folder "
                + lake
                + " already exists and is not empty (use --overwrite to replace it)");
    assertThat(tree(lake)).isEqualTo(before);
    lake(lake, 2, true);
    assertThat(tree(lake)).isNotEqualTo(before).containsOnlyKeys(before.keySet());
    assertThat(names(tmp)).containsExactly("lake");
  }

  @Test
  void refusesToOverwriteAFolderThatIsNotASaakhLake() throws IOException {
    Path mine = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.txt"), "years of work");
    Files.createDirectory(mine.resolve("raw"));
    assertThatThrownBy(() -> lake(mine, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "refusing to overwrite "
                + mine
                + ": it is not a Saakh lake (no lake.json written by saakh generate);"
                + " choose an empty or new folder");
    assertThat(names(mine)).containsExactly("raw", "thesis.txt");
    assertThat(names(tmp)).containsExactly("mine");
  }

  @Test
  void aLakeJsonWrittenBySomethingElseIsNoSaakhLake() throws IOException {
    Path other = Files.createDirectory(tmp.resolve("other"));
    Files.writeString(other.resolve("lake.json"), "{\"engine\":\"spark\"}");
    assertThatThrownBy(() -> lake(other, 1, true)).hasMessageContaining("it is not a Saakh lake");
    Files.writeString(other.resolve("lake.json"), "not json {");
    assertThatThrownBy(() -> lake(other, 1, true)).hasMessageContaining("it is not a Saakh lake");
    assertThat(names(other)).containsExactly("lake.json");
  }

  @Test
  void refusesALakeThatHoldsFilesOfTheUsersNamingTheFirstFew() throws IOException {
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    Files.writeString(lake.resolve("notes.txt"), "mine");
    Files.createDirectory(lake.resolve("photos"));
    Map<String, String> before = tree(lake);
    assertThatThrownBy(() -> lake(lake, 2, true))
        .hasMessage(
            "refusing to overwrite "
                + lake
                + ": it holds files that are not part of a Saakh lake (notes.txt, photos/);"
                + " move them out first or choose another folder");
    Files.writeString(lake.resolve(".DS_Store"), "");
    Files.writeString(lake.resolve("z.csv"), "");
    assertThatThrownBy(() -> lake(lake, 2, true))
        .hasMessageContaining("(.DS_Store, notes.txt, photos/ and 1 more)");
    before.put(".DS_Store", tree(lake).get(".DS_Store"));
    before.put("z.csv", tree(lake).get("z.csv"));
    assertThat(tree(lake)).isEqualTo(before);
  }

  @Test
  void replacingRemovesSymbolicLinksAsLinksAndLeavesTheirTargetsAlone() throws IOException {
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.writeString(outside.resolve("precious.txt"), "keep me");
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    Files.createSymbolicLink(lake.resolve("analytics"), outside);
    Files.createSymbolicLink(lake.resolve("raw/more"), outside);
    Files.createSymbolicLink(lake.resolve("raw/file"), outside.resolve("precious.txt"));
    lake(lake, 2, true);
    assertThat(outside.resolve("precious.txt")).hasContent("keep me");
    assertThat(names(outside)).containsExactly("precious.txt");
    assertThat(lake.resolve("analytics")).doesNotExist();
    assertThat(names(lake.resolve("raw"))).noneMatch(n -> n.equals("more") || n.equals("file"));
  }

  @Test
  void deletingAStagingFolderThatIsALinkRemovesOnlyTheLink() throws IOException {
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.writeString(outside.resolve("precious.txt"), "keep me");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), outside);
    Staging.delete(link);
    assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(outside.resolve("precious.txt")).hasContent("keep me");
  }

  @Test
  void refusesAnOutThatIsASymbolicLinkAndTouchesNeitherLinkNorTarget() throws IOException {
    Path real = tmp.resolve("real");
    lake(real, 1, false);
    Map<String, String> before = tree(real);
    Path link = Files.createSymbolicLink(tmp.resolve("lake"), real);
    for (boolean overwrite : new boolean[] {false, true}) {
      assertThatThrownBy(() -> lake(link, 2, overwrite))
          .hasMessage(
              "refusing to write to "
                  + link
                  + ": it is a symbolic link (to "
                  + real
                  + "); give the folder itself, not a link to it");
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(tree(real)).isEqualTo(before);
    assertThat(names(tmp)).containsExactly("lake", "real");
  }

  @Test
  void refusesTheRootAndTheFolderItRunsInOrOneHoldingIt() {
    assertThatThrownBy(() -> lake(Path.of("/"), 1, true))
        .hasMessage("refusing to write a lake to /: choose a folder below it");
    Path here = Path.of("").toAbsolutePath();
    for (Path p : new Path[] {here, here.getParent()}) {
      assertThatThrownBy(() -> lake(p, 1, true))
          .hasMessage(
              "refusing to replace "
                  + p
                  + ": it is the folder saakh runs in, or holds it; run saakh from elsewhere"
                  + " or choose another folder");
    }
  }

  @Test
  void aFileIsNoLakeFolder() throws IOException {
    Path file = Files.writeString(tmp.resolve("lake"), "x");
    assertThatThrownBy(() -> lake(file, 1, true))
        .hasMessage("lake path " + file + " exists and is not a folder");
    assertThat(file).hasContent("x");
  }

  @Test
  void fillsAnEmptyFolder() throws IOException {
    Path lake = Files.createDirectory(tmp.resolve("lake"));
    lake(lake, 1, false);
    assertThat(lake.resolve("lake.json")).isNotEmptyFile();
    assertThat(names(tmp)).containsExactly("lake");
  }

  @Test
  void lakeFoldersGetTheUsualPermissionsNotPrivateOnes() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path usual = Files.createDirectory(tmp.resolve("usual"));
    Path lake = tmp.resolve("lake");
    lake(lake, 1, false);
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(usual));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lake)))
        .isEqualTo(expected);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lake.resolve("raw"))))
        .isEqualTo(expected);
  }

  @Test
  void theLayoutNamesComeFromLakeLayout() {
    assertThat(LakeFolder.ENTRIES)
        .containsExactlyInAnyOrder(
            "raw",
            "clean",
            "quarantine",
            "logs",
            "analytics",
            "decisions",
            "rebit",
            "labels.ndjson",
            "lake.json");
  }
}
