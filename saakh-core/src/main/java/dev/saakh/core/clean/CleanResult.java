package dev.saakh.core.clean;

import dev.saakh.core.lake.Dataset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything cleaning one customer produced: per dataset the clean records, quarantine and
 * duplicates (conservation already enforced by {@link DatasetResult}), the balance chain of every
 * account, and how long each dataset took.
 *
 * @param nanos time spent per dataset, for the log (the one part that differs between runs)
 */
public record CleanResult(
    String customerId,
    String narrationRules,
    Map<Dataset, DatasetResult> datasets,
    List<AccountChain> chains,
    Map<Dataset, Long> nanos) {

  public CleanResult {
    Objects.requireNonNull(customerId, "customerId");
    datasets = Collections.unmodifiableMap(new EnumMap<>(datasets));
    chains = List.copyOf(chains);
    nanos = Collections.unmodifiableMap(new EnumMap<>(nanos));
  }

  public DatasetResult dataset(Dataset dataset) {
    return datasets.get(dataset);
  }

  /** Clean records of one dataset, typed. */
  public <T extends Record> List<T> records(Dataset dataset, Class<T> type) {
    return datasets.get(dataset).records(type);
  }
}
