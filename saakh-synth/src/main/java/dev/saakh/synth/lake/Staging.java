package dev.saakh.synth.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folders {@code saakh generate} keeps beside a lake while it works: {@code
 * .<lake>.tmp-<pid>-*} (the new lake being written) and {@code .<lake>.old-<pid>-*} (the lake being
 * replaced). Each carries a marker file naming the process that made it, so a later run removes
 * only folders Saakh made and only when that process is gone.
 *
 * <p>A lake is replaced in three renames and a delete: the old lake is moved aside, the new one
 * moved into place, the old one marked and deleted. Whenever a run is killed, either the old or the
 * new lake is complete: at its own path, or aside as {@code .old-*} (see {@link Leftovers}).
 */
final class Staging {
  /** The marker file inside a staging folder; it is deleted last, so it outlives every other. */
  static final String MARKER = ".saakh-generate";

  /** A staging folder of a lake: the new lake being written, or the old one set aside. */
  enum Kind {
    TMP,
    OLD;

    String label() {
      return this == TMP ? "tmp" : "old";
    }
  }

  private Staging() {}

  /** Creates and marks a new staging folder of {@code kind} beside {@code lake}. */
  static Path create(Path lake, Kind kind) throws IOException {
    Path dir = Files.createDirectory(sibling(lake, kind));
    mark(dir);
    return dir;
  }

  /** Where a staging folder of {@code kind} made by this process goes: beside {@code lake}. */
  static Path sibling(Path lake, Kind kind) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return lake.resolveSibling(
        "." + lake.getFileName() + "." + kind.label() + "-" + self().pid() + "-" + suffix);
  }

  /** A staging folder found beside a lake: its kind and the pid of the process that made it. */
  record Found(Path dir, Kind kind, long pid) {}

  /** The staging folder {@code dir} names, if it is one of {@code lake}'s. */
  static Optional<Found> parse(Path lake, Path dir) {
    Pattern names =
        Pattern.compile(
            "\\."
                + Pattern.quote(lake.getFileName().toString())
                + "\\.(tmp|old)-([0-9]{1,18})-\\w+");
    Matcher m = names.matcher(dir.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = m.group(1).equals("tmp") ? Kind.TMP : Kind.OLD;
    return Optional.of(new Found(dir, kind, Long.parseLong(m.group(2))));
  }

  static void mark(Path dir) throws IOException {
    ProcessHandle me = self();
    String started = me.info().startInstant().map(Instant::toString).orElse("unknown");
    Files.writeString(
        dir.resolve(MARKER),
        "written by saakh generate\npid " + me.pid() + "\nstarted " + started + "\n",
        StandardCharsets.UTF_8);
  }

  static void unmark(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(MARKER));
  }

  static boolean isMarked(Path dir) {
    return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * True if the process {@code pid} that made {@code dir} still runs. The start time in the marker,
   * when there is one, tells a reused pid from the original process.
   */
  static boolean ownerAlive(Path dir, long pid) throws IOException {
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    Optional<Instant> started = process.get().info().startInstant();
    Optional<String> marked = markedStart(dir);
    return started.isEmpty() || marked.isEmpty() || marked.get().equals(started.get().toString());
  }

  private static Optional<String> markedStart(Path dir) throws IOException {
    if (!isMarked(dir)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(dir.resolve(MARKER), StandardCharsets.UTF_8);
    return lines.stream()
        .filter(l -> l.startsWith("started ") && !l.equals("started unknown"))
        .map(l -> l.substring("started ".length()))
        .findFirst();
  }

  /**
   * Puts the complete lake {@code tmp} at {@code target}'s path, replacing what is there once it
   * has been checked (again, just before) to be replaceable.
   */
  static void replace(Path tmp, LakeFolder target, boolean overwrite) throws IOException {
    target.checkReplaceable(overwrite);
    Path lake = target.path();
    unmark(tmp);
    if (target.isAbsentOrEmpty()) {
      Files.deleteIfExists(lake);
      Files.move(tmp, lake, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = sibling(lake, Kind.OLD);
    Files.move(lake, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(tmp, lake, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      putBack(old, lake, e);
      throw e;
    }
    mark(old);
    delete(old);
  }

  private static void putBack(Path old, Path lake, IOException failure) {
    try {
      Files.move(old, lake, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Deletes the tree at {@code root} without following a symbolic link anywhere: a link is removed
   * as a link and its target left alone. A staging folder's marker is deleted last.
   */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path marker = root.resolve(MARKER);
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!file.equals(marker)) {
              deleteIfThere(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            if (dir.equals(root)) {
              deleteIfThere(marker);
            }
            deleteIfThere(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteIfThere(Path p) throws IOException {
    try {
      Files.delete(p);
    } catch (NoSuchFileException e) {
      // already gone: nothing to delete
    }
  }

  private static ProcessHandle self() {
    return ProcessHandle.current();
  }
}
