package dev.saakh.core.lake;

import java.nio.file.Path;
import java.util.Objects;

/** Where each file of a lake lives (DESIGN §4.1). Pure path arithmetic; no I/O. */
public record LakeLayout(Path root) {
  public static final String MANIFEST = "lake.json";
  public static final String LABELS = "labels.ndjson";

  public LakeLayout {
    Objects.requireNonNull(root, "root");
  }

  public Path rawDir() {
    return root.resolve("raw");
  }

  public Path raw(Dataset dataset) {
    return root.resolve(rawName(dataset));
  }

  /** A raw file's name inside any lake, as messages show it: {@code raw/raw_<dataset>.ndjson}. */
  public static String rawName(Dataset dataset) {
    return "raw/raw_" + dataset.fileName() + ".ndjson";
  }

  public Path labels() {
    return root.resolve(LABELS);
  }

  /** The manifest: seed, as-of date, config and engine version that produced the lake. */
  public Path manifest() {
    return root.resolve(MANIFEST);
  }

  public Path rebitDir(String customerId) {
    return root.resolve("rebit").resolve(customerId);
  }

  public Path clean(String customerId, Dataset dataset) {
    return root.resolve("clean").resolve(customerId).resolve(dataset.fileName() + "_clean.ndjson");
  }

  public Path quarantine(String customerId, Dataset dataset) {
    return root.resolve("quarantine").resolve(customerId).resolve(dataset.fileName() + ".ndjson");
  }

  public Path cleanLog(String customerId) {
    return root.resolve("logs").resolve(customerId).resolve("clean_log.json");
  }

  public Path analytics(String customerId, String report) {
    return root.resolve("analytics")
        .resolve(customerId)
        .resolve(customerId + "_" + report + ".json");
  }

  public Path decision(String customerId) {
    return root.resolve("decisions").resolve(customerId).resolve("decision.json");
  }
}
