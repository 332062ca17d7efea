package dev.saakh.synth.lake;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.synth.Generator;
import dev.saakh.synth.TestingLake;
import dev.saakh.synth.config.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small lakes written through {@link LakeWriter}, and folder trees read back for comparison. */
final class TestingTrees {
  /** A pid no process has: Linux pids stop at 2^22. */
  static final long DEAD_PID = Integer.MAX_VALUE;

  private TestingTrees() {}

  /** Writes a one-customer lake with {@code seed}; returns the notices the writer gave. */
  static List<String> lake(Path dir, long seed, boolean overwrite) throws IOException {
    GeneratorConfig c = TestingLake.config(1, 0, false).withSeed(seed);
    List<CustomerId> ids = TestingLake.ids(c);
    List<String> notices = new ArrayList<>();
    new LakeWriter(new Generator(c), 1, false).write(ids, dir, overwrite, n -> {}, notices::add);
    return notices;
  }

  /** Every file and link under {@code root} (not followed), relative path to content or target. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          out.put(name, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(name, sha256(Files.readAllBytes(p)));
        } else {
          out.put(name + "/", "");
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names in {@code dir}, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A staging folder beside {@code lake} as a run with {@code pid} would have left it. */
  static Path leftover(Path lake, String kind, long pid, boolean marked) throws IOException {
    Path dir = lake.resolveSibling("." + lake.getFileName() + "." + kind + "-" + pid + "-abc");
    Files.createDirectories(dir.resolve("raw"));
    Files.writeString(dir.resolve("raw/raw_customers.ndjson"), "{\"customer_id\":\"x\"}\n");
    if (marked) {
      Files.writeString(dir.resolve(Staging.MARKER), "pid " + pid + "\nstarted unknown\n");
    }
    return dir;
  }
}
