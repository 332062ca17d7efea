package dev.saakh.core.clean;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rewrites one raw file without the byte ranges of the given customers (see RawIndex). */
final class RawDeletion {
  private RawDeletion() {}

  static long rewrite(Path file, Map<String, List<RawIndex.Segment>> byCustomer, Set<String> gone)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    List<RawIndex.Segment> drop = new ArrayList<>();
    for (String id : gone) {
      for (RawIndex.Segment s : byCustomer.getOrDefault(id, List.of())) {
        if (!s.oversize()) {
          drop.add(s);
        }
      }
    }
    if (drop.isEmpty()) {
      return 0;
    }
    drop.sort(Comparator.comparingLong(RawIndex.Segment::start));
    Path tmp = file.resolveSibling(file.getFileName() + ".rewrite.tmp");
    long removedLines = 0;
    long kept = 0;
    try (FileChannel src = FileChannel.open(file, StandardOpenOption.READ);
        FileChannel dst =
            FileChannel.open(
                tmp,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
      long at = 0;
      for (RawIndex.Segment s : drop) {
        kept += copy(src, dst, at, s.start());
        at = s.end();
        removedLines += countLines(src, s);
      }
      kept += copy(src, dst, at, src.size());
    }
    if (kept == 0) {
      Files.delete(tmp);
      Files.delete(file);
    } else {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return removedLines;
  }

  private static long copy(FileChannel src, FileChannel dst, long from, long to)
      throws IOException {
    long done = 0;
    while (from + done < to) {
      done += src.transferTo(from + done, to - from - done, dst);
    }
    return done;
  }

  private static long countLines(FileChannel src, RawIndex.Segment s) throws IOException {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
    long n = 0;
    long at = s.start();
    boolean trailing = false;
    while (at < s.end()) {
      buf.clear();
      buf.limit((int) Math.min(buf.capacity(), s.end() - at));
      int read = src.read(buf, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        trailing = buf.get(i) != '\n';
        n += trailing ? 0 : 1;
      }
      at += read;
    }
    return n + (trailing ? 1 : 0);
  }
}
