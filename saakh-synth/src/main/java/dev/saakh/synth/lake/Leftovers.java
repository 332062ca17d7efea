package dev.saakh.synth.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tidies up after a {@code saakh generate} that was killed: its staging folders beside the lake are
 * removed, and a lake it had set aside ({@code .<lake>.old-*}) is put back if the lake itself is
 * missing. Only folders Saakh made (marked, or a complete Saakh lake) and whose process is gone are
 * touched, so two runs at once never destroy each other's work.
 */
final class Leftovers {
  private Leftovers() {}

  /**
   * Recovers beside {@code lake} (absolute); returns what was done, one sentence each. A folder
   * that cannot be removed is named in a notice and left; a lake that cannot be put back stops the
   * run, so nothing is written over the only copy's place.
   */
  static List<String> recover(Path lake) throws IOException {
    List<String> notices = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> stuck = new ArrayList<>();
    for (Staging.Found f : abandoned(lake)) {
      String name = f.dir().getFileName().toString();
      if (f.kind() == Staging.Kind.OLD
          && !Staging.isMarked(f.dir())
          && !Files.exists(lake, LinkOption.NOFOLLOW_LINKS)) {
        restore(f.dir(), lake);
        notices.add(
            "restored the lake "
                + lake
                + " from "
                + name
                + ", where a saakh generate that was killed had set it aside");
      } else if (remove(f.dir())) {
        removed.add(name);
      } else {
        stuck.add(name);
      }
    }
    if (!removed.isEmpty()) {
      notices.add("removed " + folders(removed, lake) + String.join(", ", removed));
    }
    if (!stuck.isEmpty()) {
      notices.add(
          "could not remove "
              + folders(stuck, lake)
              + String.join(", ", stuck)
              + "; remove by hand");
    }
    return notices;
  }

  private static String folders(List<String> names, Path lake) {
    return (names.size() == 1 ? "a folder" : names.size() + " folders")
        + " left beside "
        + lake
        + " by a saakh generate that was killed: ";
  }

  private static void restore(Path aside, Path lake) throws IOException {
    try {
      Files.move(aside, lake, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IOException(
          "could not put the lake back from "
              + aside
              + ", where a saakh generate that was killed had set it aside; move it to "
              + lake
              + " by hand",
          e);
    }
  }

  private static boolean remove(Path dir) {
    try {
      Staging.delete(dir);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The staging folders of {@code lake} that Saakh made and whose process is gone: set-aside lakes
   * first (so one can be restored before the rest are removed), then by name.
   */
  static List<Staging.Found> abandoned(Path lake) throws IOException {
    Path parent = lake.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return List.of();
    }
    List<Staging.Found> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path p : entries.toList()) {
        Optional<Staging.Found> f = Staging.parse(lake, p);
        if (f.isPresent() && isAbandoned(f.get())) {
          found.add(f.get());
        }
      }
    }
    found.sort(
        Comparator.comparing((Staging.Found f) -> f.kind() != Staging.Kind.OLD)
            .thenComparing(f -> f.dir().getFileName().toString()));
    return found;
  }

  private static boolean isAbandoned(Staging.Found f) throws IOException {
    Path dir = f.dir();
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && (Staging.isMarked(dir) || LakeFolder.isSaakhLake(dir))
        && !Staging.ownerAlive(dir, f.pid());
  }
}
