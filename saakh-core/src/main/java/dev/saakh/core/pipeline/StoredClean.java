package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A customer as {@code saakh clean} left it in the lake: the clean records and the quarantine, read
 * back when the raw lines are gone (deleted after cleaning), with a SHA-256 of every line read
 * (clean files, then quarantine files, datasets in {@link Dataset} order, each line ending in a
 * newline) so a decision records exactly what it rests on.
 */
public record StoredClean(
    String customerId, CustomerData data, List<Quarantined> quarantined, String sha256) {
  public StoredClean {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sha256, "sha256");
    quarantined = List.copyOf(quarantined);
  }

  /** Whether the lake holds clean data for the customer. */
  public static boolean exists(LakeLayout lake, String customerId) {
    return Files.isDirectory(lake.clean(customerId, Dataset.CUSTOMERS).getParent());
  }

  public static StoredClean read(LakeLayout lake, String customerId) throws IOException {
    MessageDigest digest = Underwriting.sha256();
    CustomerData data =
        CustomerData.read(lake, customerId, line -> Underwriting.addLine(digest, line));
    List<Quarantined> quarantined = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      Path file = lake.quarantine(customerId, d);
      if (!Files.exists(file)) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            Underwriting.addLine(digest, line);
            quarantined.add(LakeJson.mapper().readValue(line, Quarantined.class));
          }
        }
      }
    }
    return new StoredClean(
        customerId, data, quarantined, HexFormat.of().formatHex(digest.digest()));
  }
}
