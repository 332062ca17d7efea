package dev.saakh.cli;

import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes one pretty-printed JSON file atomically: to a sibling temporary file, then moved over. */
final class JsonFile {
  private JsonFile() {}

  static void write(Path file, Object value) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
