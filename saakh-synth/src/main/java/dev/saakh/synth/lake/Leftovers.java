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

  /** Recovers beside {@code lake} (absolute); returns what was done, one sentence each. */
  static List<String> recover(Path lake) throws IOException {
    List<String> notices = new ArrayList<>();
    List<Staging.Found> found = abandoned(lake);
    List<String> removed = new ArrayList<>();
    for (Staging.Found f : found) {
      if (f.kind() == Staging.Kind.OLD
          && !Staging.isMarked(f.dir())
          && !Files.exists(lake, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(f.dir(), lake, StandardCopyOption.ATOMIC_MOVE);
        notices.add(
            "restored the lake "
                + lake
                + " from "
                + f.dir().getFileName()
                + ", where a saakh generate that was killed had set it aside");
      } else {
        Staging.delete(f.dir());
        removed.add(f.dir().getFileName().toString());
      }
    }
    if (!removed.isEmpty()) {
      notices.add(
          "removed "
              + (removed.size() == 1 ? "a folder" : removed.size() + " folders")
              + " left beside "
              + lake
              + " by a saakh generate that was killed: "
              + String.join(", ", removed));
    }
    return notices;
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
