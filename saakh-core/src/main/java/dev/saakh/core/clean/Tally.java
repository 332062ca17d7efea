package dev.saakh.core.clean;

import java.util.Map;
import java.util.TreeMap;

/** Counts per rule name, in name order so logs are byte-stable. */
final class Tally {
  private final Map<String, Long> counts = new TreeMap<>();

  void add(String rule) {
    counts.merge(rule, 1L, Long::sum);
  }

  Map<String, Long> snapshot() {
    return new TreeMap<>(counts);
  }
}
