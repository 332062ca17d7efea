package dev.saakh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code saakh generate --overwrite} killed with SIGKILL in the middle of its run, in a real
 * child JVM: the old lake must be there byte for byte (or the new one complete), and the next run
 * must tidy what the killed one left.
 */
class GenerateKillTest {
  @TempDir Path tmp;

  /** The child's stderr, kept out of {@link #tmp} whose every entry the test checks. */
  @TempDir Path logs;

  @Test
  void aKilledOverwriteLosesNothingAndTheNextRunTidiesUp() throws Exception {
    Path lake = tmp.resolve("lake");
    assertThat(saakh("generate", "--customers", "2", "--as-of", "2026-11-22", "--out", "" + lake))
        .isZero();
    Map<String, String> old = tree(lake);

    Process child = start(lake);
    Optional<Path> staging;
    try {
      staging = awaitStaging(child, lake);
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      if (staging.isPresent()) {
        assertThat(tree(lake)).as("the old lake, byte for byte").isEqualTo(old);
        assertThat(names()).contains(staging.get().getFileName().toString());
      } else {
        assertComplete(lake, 300);
      }
    } finally {
      child.destroyForcibly();
    }

    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "generate",
              "--customers",
              "1",
              "--as-of",
              "2026-11-22",
              "--out",
              "" + lake,
              "--overwrite"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    if (staging.isPresent()) {
      assertThat(err.toString())
          .contains("saakh: removed a folder left beside " + lake)
          .contains(staging.get().getFileName().toString());
    }
    assertThat(names()).containsExactly("lake");
    assertComplete(lake, 1);
  }

  private Process start(Path lake) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.saakh.cli.Main",
                "generate",
                "--customers",
                "300",
                "--seed",
                "9",
                "--as-of",
                "2026-11-22",
                "--threads",
                "1",
                "--out",
                lake.toString(),
                "--overwrite"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(logs.resolve("stderr.txt").toFile())
        .start();
  }

  /**
   * Waits until the child is writing its staging folder (its raw files are open), then a moment
   * more, so the kill lands mid-run; empty if the child finished first (a very fast machine).
   */
  private Optional<Path> awaitStaging(Process child, Path lake) throws Exception {
    String prefix = "." + lake.getFileName() + ".tmp-" + child.pid() + "-";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (child.isAlive() && System.nanoTime() < deadline) {
      for (String name : names()) {
        if (name.startsWith(prefix) && Files.exists(tmp.resolve(name).resolve("labels.ndjson"))) {
          Thread.sleep(300);
          return Optional.of(tmp.resolve(name)).filter(p -> child.isAlive());
        }
      }
      Thread.sleep(10);
    }
    assertThat(child.isAlive()).as("child still running after 20 s").isFalse();
    assertThat(child.exitValue()).as(Files.readString(logs.resolve("stderr.txt"))).isZero();
    return Optional.empty();
  }

  /** The lake's manifest names {@code customers} and each raw file has the lines it counts. */
  private static void assertComplete(Path lake, int customers) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(lake.resolve("lake.json").toFile());
    assertThat(manifest.get("engine").asText()).isEqualTo("saakh");
    assertThat(manifest.get("raw_records").get("customers").asInt()).isEqualTo(customers);
    for (Map.Entry<String, JsonNode> e : manifest.get("raw_records").properties()) {
      try (Stream<String> lines = Files.lines(lake.resolve("raw/raw_" + e.getKey() + ".ndjson"))) {
        assertThat(lines.count()).as(e.getKey()).isEqualTo(e.getValue().asLong());
      }
    }
  }

  private static int saakh(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
    return code;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
        } else {
          out.put(root.relativize(p) + "/", "");
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
}
