package dev.saakh.core.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts per rule name, in name order so logs are byte-stable. */
final class Tally {
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, long[]> shapes = new HashMap<>();

  void add(String rule) {
    counts.computeIfAbsent(rule, k -> new long[1])[0]++;
  }

  /** Counts a narration shape (null: none matched) without building a rule name per entry. */
  void shape(String shape) {
    shapes.computeIfAbsent(shape == null ? "none" : shape, k -> new long[1])[0]++;
  }

  Map<String, Long> snapshot() {
    Map<String, Long> all = new TreeMap<>();
    counts.forEach((k, v) -> all.put(k, v[0]));
    shapes.forEach((k, v) -> all.put("narration_shape:" + k, v[0]));
    return all;
  }
}
