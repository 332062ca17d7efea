package dev.saakh.core.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One feature's value with the inputs it was computed from. The value is null when the statement
 * cannot support it (the note says why), never NaN.
 *
 * @param value the feature value, or null
 * @param inputs named inputs in a fixed order (counts, amounts in rupees, ratios)
 * @param note why the value is null or what limited it; null when nothing needs saying
 */
public record Feature(Double value, Map<String, Object> inputs, String note) {
  public Feature {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("feature value must be finite: " + value);
    }
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(inputs)));
  }

  static Feature of(double value, Map<String, Object> inputs) {
    return new Feature(value, inputs, null);
  }

  static Feature missing(String note, Map<String, Object> inputs) {
    return new Feature(null, inputs, Objects.requireNonNull(note, "note"));
  }

  /** Rounds a feature value to four decimals so reports stay readable and byte-stable. */
  static double round(double v) {
    return Math.round(v * 10_000d) / 10_000d;
  }
}
