package dev.saakh.cli;

import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.DecisionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer's decisions in the lake: {@code decisions/ID/decision.json} is the current one, or
 * {@code decisions/ID/stopped.json} says why there is none; whatever either replaces is moved to
 * {@code decisions/ID/history/}, named by its time, never overwritten or deleted. Writing the same
 * bytes again (a replay) changes nothing.
 */
final class DecisionStore {
  static final String STOPPED = "stopped.json";
  static final String HISTORY = "history";

  private final LakeLayout lake;

  DecisionStore(LakeLayout lake) {
    this.lake = lake;
  }

  /** Writes {@code r} as the current decision; returns its file. */
  Path decided(DecisionRecord r) throws IOException {
    Path file = lake.decision(r.customerId());
    byte[] bytes = JsonFile.bytes(r);
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return file;
    }
    supersede(r.customerId());
    JsonFile.write(file, bytes);
    return file;
  }

  /** Records that {@code id} was stopped, moving its current decision to history; the file. */
  Path stopped(String id, String reason, OffsetDateTime at) throws IOException {
    supersede(id);
    Map<String, Object> stop = new LinkedHashMap<>();
    stop.put("customer_id", id);
    stop.put("stopped_at", at);
    stop.put("reason", reason);
    stop.put("note", "no current decision: the customer's data may not be used (see reason)");
    Path file = dir(id).resolve(STOPPED);
    JsonFile.write(file, stop);
    return file;
  }

  /** Moves the current decision and stop of {@code id} into history. */
  private void supersede(String id) throws IOException {
    Path current = lake.decision(id);
    if (Files.exists(current)) {
      String at = field(current, "decided_at");
      String decisionId = field(current, "decision_id");
      move(current, stamp(at) + "_decision_" + prefix(decisionId));
    }
    Path stop = dir(id).resolve(STOPPED);
    if (Files.exists(stop)) {
      move(stop, stamp(field(stop, "stopped_at")) + "_stopped");
    }
  }

  private void move(Path file, String name) throws IOException {
    Path history = file.resolveSibling(HISTORY);
    Files.createDirectories(history);
    Path target = history.resolve(name + ".json");
    for (int n = 2; Files.exists(target); n++) {
      target = history.resolve(name + "-" + n + ".json");
    }
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A top-level text field of a JSON file, or null when the file does not say (or is broken). */
  private static String field(Path file, String name) {
    try {
      return LakeJson.mapper().readTree(file.toFile()).path(name).asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  private Path dir(String id) {
    return lake.decision(id).getParent();
  }

  /** {@code 2026-11-23T10:00:00+05:30} → {@code 2026-11-23T10-00-00+05-30}, safe in file names. */
  static String stamp(String time) {
    return time == null || time.isBlank() ? "undated" : time.replaceAll("[^0-9A-Za-z+-]", "-");
  }

  private static String prefix(String id) {
    return id == null ? "unknown" : id.substring(0, Math.min(8, id.length()));
  }
}
