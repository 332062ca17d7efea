package dev.saakh.core.clean;

import dev.saakh.core.lake.Dataset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What cleaning did to one dataset of one customer. Construction enforces the conservation law:
 * every raw record is clean, quarantined or a duplicate, exactly once.
 *
 * @param rules how often each repair or flag rule fired, by rule name
 */
public record DatasetResult(
    Dataset dataset,
    long raw,
    List<? extends Record> clean,
    List<Quarantined> quarantined,
    List<Duplicate> duplicates,
    Map<String, Long> rules) {

  public DatasetResult {
    Objects.requireNonNull(dataset, "dataset");
    clean = List.copyOf(clean);
    quarantined = List.copyOf(quarantined);
    duplicates = List.copyOf(duplicates);
    rules = new TreeMap<>(rules);
    if (raw != clean.size() + (long) quarantined.size() + duplicates.size()) {
      throw new IllegalStateException(
          "conservation broken for "
              + dataset.fileName()
              + ": raw "
              + raw
              + " != clean "
              + clean.size()
              + " + quarantined "
              + quarantined.size()
              + " + duplicates "
              + duplicates.size());
    }
  }

  /** The clean records as their type (the dataset's {@link Dataset#cleanType()}). */
  public <T extends Record> List<T> records(Class<T> type) {
    if (type != dataset.cleanType()) {
      throw new IllegalArgumentException(type + " is not the clean type of " + dataset);
    }
    @SuppressWarnings("unchecked")
    List<T> typed = (List<T>) clean;
    return typed;
  }
}
