package dev.saakh.synth.render;

import dev.saakh.core.lake.Dataset;
import dev.saakh.synth.config.Messiness;
import dev.saakh.synth.random.Rng;
import java.util.Locale;

/**
 * The messiness layer: its own random source (seeded from the run seed, the customer id and
 * "mess"), so turning messiness up or down never changes the underlying truth. Every defect it
 * injects is written to the labels as it happens.
 */
final class Mess {
  static final String DATE_FORMAT = "date_format";
  static final String AMOUNT_FORMAT = "amount_format";
  static final String MISSING_FIELD = "missing_field";
  static final String DUPLICATE = "duplicate";
  static final String NARRATION_NOISE = "narration_noise";

  private final Messiness config;
  final Rng rng;
  private final Labels labels;

  Mess(Messiness config, Rng rng, Labels labels) {
    this.config = config;
    this.rng = rng;
    this.labels = labels;
  }

  /** The style to write a date in: the source's own, or with some probability another one. */
  int dateStyle(int nativeStyle) {
    if (!rng.chance(config.dateFormatVariation())) {
      return nativeStyle;
    }
    int other = rng.nextInt(Formats.DATE_STYLES - 1);
    return other >= nativeStyle ? other + 1 : other;
  }

  int amountStyle(int nativeStyle) {
    if (!rng.chance(config.numericFormatInconsistency())) {
      return nativeStyle;
    }
    int other = rng.nextInt(Formats.AMOUNT_STYLES - 1);
    return other >= nativeStyle ? other + 1 : other;
  }

  /** The field (of {@code droppable}) this record will miss, or null. */
  String dropped(String[] droppable) {
    return droppable.length > 0 && rng.chance(config.missingFieldProbability())
        ? droppable[rng.nextInt(droppable.length)]
        : null;
  }

  boolean duplicate() {
    return rng.chance(config.duplicateProbability());
  }

  /** How a missing field shows: absent (0), null (1) or empty string (2). */
  int missingShape() {
    double r = rng.nextDouble();
    return r < 0.7 ? 0 : r < 0.85 ? 1 : 2;
  }

  /**
   * Draws whether the next narration gets noise; {@link #noise(String)} applies it. Drawn once per
   * transaction, whatever else is drawn, so one record's draws never shift another's.
   */
  boolean noiseDrawn() {
    return rng.chance(config.narrationNoiseProbability());
  }

  /** The narration as a noisy export writes it: extra spaces, changed case, or truncated. */
  String noise(String clean) {
    return switch (rng.nextInt(3)) {
      case 0 -> clean.replace("/", " / ").replace("-", "  -");
      case 1 -> clean.toLowerCase(Locale.ROOT);
      default ->
          clean.length() > 30
              ? clean.substring(0, 30 + rng.nextInt(Math.min(15, clean.length() - 30)))
              : "  " + clean + "   ";
    };
  }

  void defect(
      String customerId,
      Dataset dataset,
      String recordId,
      String defect,
      String field,
      String raw,
      String truth) {
    labels.defect(customerId, dataset, recordId, defect, field, raw, truth, null);
  }

  void duplicateOf(String customerId, Dataset dataset, String recordId, String originalId) {
    labels.defect(customerId, dataset, recordId, DUPLICATE, null, null, null, originalId);
  }
}
