package dev.saakh.synth.config;

/**
 * How messy raw files are (DESIGN §4.3). Each is a per-record probability in [0, 1].
 *
 * @param dateFormatVariation a date written in another format than its source's usual one
 * @param numericFormatInconsistency an amount written in another style than its source's usual one
 * @param missingFieldProbability a record missing one of its fields
 * @param duplicateProbability a record delivered twice
 * @param narrationNoiseProbability a narration with extra spaces, changed case or truncated
 */
public record Messiness(
    double dateFormatVariation,
    double numericFormatInconsistency,
    double missingFieldProbability,
    double duplicateProbability,
    double narrationNoiseProbability) {

  public static final Messiness DEFAULT = new Messiness(0.10, 0.10, 0.05, 0.02, 0.05);
  public static final Messiness NONE = new Messiness(0, 0, 0, 0, 0);

  public Messiness {
    check("date_format_variation", dateFormatVariation);
    check("numeric_format_inconsistency", numericFormatInconsistency);
    check("missing_field_probability", missingFieldProbability);
    check("duplicate_probability", duplicateProbability);
    check("narration_noise_probability", narrationNoiseProbability);
  }

  private static void check(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "messiness." + name + " must be a probability between 0 and 1, was " + p);
    }
  }
}
