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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

  /**
   * The stored lines of a customer held elsewhere (a database): clean lines and quarantine lines
   * per dataset, as {@code saakh clean} writes them. Read and hashed exactly as {@link #read} reads
   * a lake.
   */
  public static StoredClean of(
      String customerId, Map<Dataset, List<String>> clean, Map<Dataset, List<String>> quarantine)
      throws IOException {
    Map<Dataset, List<Object>> records = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      List<Object> typed = new ArrayList<>();
      for (String line : clean.getOrDefault(d, List.of())) {
        typed.add(LakeJson.mapper().readValue(line, d.cleanType()));
      }
      records.put(d, typed);
    }
    List<Quarantined> quarantined = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      for (String line : quarantine.getOrDefault(d, List.of())) {
        quarantined.add(LakeJson.mapper().readValue(line, Quarantined.class));
      }
    }
    return new StoredClean(
        customerId, CustomerData.of(customerId, records), quarantined, sha256(clean, quarantine));
  }

  /** The SHA-256 {@link #read} computes, over lines held in memory. */
  public static String sha256(
      Map<Dataset, List<String>> clean, Map<Dataset, List<String>> quarantine) {
    MessageDigest digest = Underwriting.sha256();
    for (Map<Dataset, List<String>> part : List.of(clean, quarantine)) {
      for (Dataset d : Dataset.values()) {
        for (String line : part.getOrDefault(d, List.of())) {
          Underwriting.addLine(digest, line);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
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
