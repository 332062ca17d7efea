package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.CustomerData;
import java.util.List;
import java.util.Objects;

/**
 * A customer's data restricted to one consent's scope, and what was left out of it.
 *
 * @param data only the records the consent allows (every customer and consent record kept)
 * @param excluded per dataset and reason, the records left out; in {@code Dataset} order
 */
public record ScopedData(CustomerData data, List<Excluded> excluded) {
  public ScopedData {
    Objects.requireNonNull(data, "data");
    excluded = List.copyOf(excluded);
  }

  /** How many records of {@code dataset} (file name) were left out for {@code why}; 0 if none. */
  public long excluded(String dataset, Excluded.Why why) {
    return excluded.stream()
        .filter(e -> e.dataset().equals(dataset) && e.reason() == why)
        .mapToLong(Excluded::records)
        .sum();
  }
}
