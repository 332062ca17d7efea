package dev.saakh.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes one pretty-printed JSON file atomically: to a sibling temporary file, then moved over. */
final class JsonFile {
  private JsonFile() {}

  static void write(Path file, Object value) throws IOException {
    write(file, bytes(value));
  }

  /** The bytes {@link #write(Path, Object)} writes for {@code value}. */
  static byte[] bytes(Object value) throws JsonProcessingException {
    return LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
  }

  static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
