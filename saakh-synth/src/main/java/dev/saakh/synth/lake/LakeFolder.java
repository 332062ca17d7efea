package dev.saakh.synth.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What is at the place a lake is to be written, and whether Saakh may replace it. Only a folder
 * that holds a {@code lake.json} written by {@code saakh generate} and nothing but a lake's own
 * entries (DESIGN §4.1) is ever replaced; anything else is refused with a line naming the folder.
 */
final class LakeFolder {
  /** The top-level names of a lake, taken from {@link LakeLayout} so the two never drift. */
  static final Set<String> ENTRIES = entries();

  private static final long MAX_MANIFEST_BYTES = 1 << 20;

  private final Path path;

  /** {@code path} absolute and normalised. */
  LakeFolder(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** Refuses a place no lake may be written to at all: the root, or a symbolic link. */
  void checkWritable() throws IOException {
    if (path.getParent() == null) {
      throw new IllegalArgumentException(
          "refusing to write a lake to " + path + ": choose a folder below it");
    }
    if (Files.isSymbolicLink(path)) {
      throw new IllegalArgumentException(
          "refusing to write to "
              + path
              + ": it is a symbolic link (to "
              + Files.readSymbolicLink(path)
              + "); give the folder itself, not a link to it");
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path)) {
      throw new IllegalArgumentException("lake path " + path + " exists and is not a folder");
    }
  }

  /** True if there is nothing at the path, or an empty folder. */
  boolean isAbsentOrEmpty() throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * Checks that the existing folder may be replaced ({@code overwrite}) or refuses with the reason.
   * An absent path or an empty folder may always be written; a non-empty one only when it is a
   * Saakh lake, holds nothing else, and is not the folder saakh runs in.
   */
  void checkReplaceable(boolean overwrite) throws IOException {
    checkWritable();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    checkNotCurrentFolder();
    if (isAbsentOrEmpty()) {
      return;
    }
    if (!hasSaakhManifest(path)) {
      throw new IllegalArgumentException(
          (overwrite ? "refusing to overwrite " : "lake folder ")
              + path
              + (overwrite ? ": it is" : " already exists and is")
              + " not a Saakh lake (no lake.json written by saakh generate);"
              + " choose an empty or new folder");
    }
    if (!overwrite) {
      throw new IllegalArgumentException(
          "lake folder "
              + path
              + " already exists and is not empty (use --overwrite to replace it)");
    }
    List<String> foreign = foreignEntries(path);
    if (!foreign.isEmpty()) {
      throw new IllegalArgumentException(
          "refusing to overwrite "
              + path
              + ": it holds files that are not part of a Saakh lake ("
              + names(foreign)
              + "); move them out first or choose another folder");
    }
  }

  private void checkNotCurrentFolder() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    if (Files.exists(here) && here.toRealPath().startsWith(path.toRealPath())) {
      throw new IllegalArgumentException(
          "refusing to replace "
              + path
              + ": it is the folder saakh runs in, or holds it; run saakh from elsewhere"
              + " or choose another folder");
    }
  }

  /** True if {@code dir} is a Saakh lake and holds nothing but a lake's entries. */
  static boolean isSaakhLake(Path dir) throws IOException {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && hasSaakhManifest(dir)
        && foreignEntries(dir).isEmpty();
  }

  /** True if {@code dir/lake.json} is a regular file whose {@code "engine"} is {@code "saakh"}. */
  static boolean hasSaakhManifest(Path dir) throws IOException {
    Path manifest = dir.resolve(LakeLayout.MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
        || Files.size(manifest) > MAX_MANIFEST_BYTES) {
      return false;
    }
    try {
      JsonNode root = new ObjectMapper().readTree(manifest.toFile());
      return root != null && "saakh".equals(root.path("engine").asText(null));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return false;
    }
  }

  /** The entries of {@code dir} that are not part of a lake's layout, sorted by name. */
  static List<String> foreignEntries(Path dir) throws IOException {
    Set<String> foreign = new TreeSet<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.forEach(
          p -> {
            String name = p.getFileName().toString();
            if (!ENTRIES.contains(name)) {
              foreign.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
            }
          });
    }
    return new ArrayList<>(foreign);
  }

  private static String names(List<String> names) {
    int shown = Math.min(3, names.size());
    String head = String.join(", ", names.subList(0, shown));
    return names.size() > shown ? head + " and " + (names.size() - shown) + " more" : head;
  }

  private static Set<String> entries() {
    LakeLayout layout = new LakeLayout(Path.of("lake"));
    Dataset d = Dataset.CUSTOMERS;
    Set<String> names = new TreeSet<>();
    for (Path p :
        List.of(
            layout.rawDir(),
            layout.labels(),
            layout.manifest(),
            layout.rebitDir("c"),
            layout.clean("c", d),
            layout.quarantine("c", d),
            layout.cleanLog("c"),
            layout.analytics("c", "r"),
            layout.decision("c"))) {
      names.add(layout.root().relativize(p).getName(0).toString());
    }
    return Set.copyOf(names);
  }
}
