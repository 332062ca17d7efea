package dev.saakh.synth.config;

import dev.saakh.synth.profile.Profile;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the generator's output depends on besides the customer id. Same config ⇒ same bytes.
 *
 * @param asOf the day the data is "fetched"; bank and GST windows end before it
 * @param bankMonths complete calendar months of bank statements before the as-of month
 * @param gstMonths monthly GST periods before the as-of month
 * @param transactionTruth whether labels carry the true clean form of every transaction (off by
 *     default: it more than doubles the output, and any customer can be rebuilt from the manifest)
 */
public record GeneratorConfig(
    long seed,
    LocalDate asOf,
    int msmeCustomers,
    int consumerCustomers,
    int bankMonths,
    int gstMonths,
    Messiness messiness,
    Map<Profile, Double> profileMix,
    boolean transactionTruth) {

  public static final long DEFAULT_SEED = 42;
  public static final int MAX_CUSTOMERS = 9_999_999;

  public GeneratorConfig {
    Objects.requireNonNull(asOf, "as_of");
    Objects.requireNonNull(messiness, "messiness");
    profileMix = Map.copyOf(Objects.requireNonNull(profileMix, "profile_mix"));
    count("scale.msme_customers", msmeCustomers, 0, MAX_CUSTOMERS);
    count("scale.consumer_customers", consumerCustomers, 0, MAX_CUSTOMERS);
    count("scale.bank_months", bankMonths, 1, 36);
    count("scale.gst_months", gstMonths, 1, 60);
    for (Map.Entry<Profile, Double> weight : profileMix.entrySet()) {
      if (!(weight.getValue() >= 0) || weight.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            "profile_mix."
                + weight.getKey().label()
                + " must be a weight >= 0, was "
                + weight.getValue());
      }
    }
    if (asOf.getYear() < 2000 || asOf.getYear() > 2100) {
      throw new IllegalArgumentException("as_of must be between 2000 and 2100, was " + asOf);
    }
  }

  /** The defaults of {@code docs/generator.md}, for the given as-of date. */
  public static GeneratorConfig defaults(LocalDate asOf) {
    return new GeneratorConfig(
        DEFAULT_SEED, asOf, 10, 0, 12, 36, Messiness.DEFAULT, defaultMix(), false);
  }

  /** The default profile mix for customers after the first ten MSMEs. */
  public static Map<Profile, Double> defaultMix() {
    Map<Profile, Double> mix = new EnumMap<>(Profile.class);
    mix.put(Profile.BASELINE, 0.25);
    mix.put(Profile.HIGH_SEASONALITY, 0.10);
    mix.put(Profile.HIGH_DEBT, 0.10);
    mix.put(Profile.HIGH_GROWTH, 0.10);
    mix.put(Profile.STABLE_INCOME, 0.15);
    mix.put(Profile.FRAUD, 0.10);
    mix.put(Profile.DECLINING, 0.10);
    mix.put(Profile.CUSTOMER_CONCENTRATION, 0.10);
    mix.put(Profile.SALARIED_STABLE, 0.40);
    mix.put(Profile.IMPULSE_SPENDER, 0.15);
    mix.put(Profile.OVER_LEVERAGED, 0.15);
    mix.put(Profile.GIG_INCOME, 0.15);
    mix.put(Profile.FRAUD_P2P, 0.15);
    return mix;
  }

  public GeneratorConfig withScale(int msme, int consumers) {
    return new GeneratorConfig(
        seed,
        asOf,
        msme,
        consumers,
        bankMonths,
        gstMonths,
        messiness,
        profileMix,
        transactionTruth);
  }

  public GeneratorConfig withSeed(long newSeed) {
    return new GeneratorConfig(
        newSeed,
        asOf,
        msmeCustomers,
        consumerCustomers,
        bankMonths,
        gstMonths,
        messiness,
        profileMix,
        transactionTruth);
  }

  public GeneratorConfig withAsOf(LocalDate newAsOf) {
    return new GeneratorConfig(
        seed,
        newAsOf,
        msmeCustomers,
        consumerCustomers,
        bankMonths,
        gstMonths,
        messiness,
        profileMix,
        transactionTruth);
  }

  public GeneratorConfig withMessiness(Messiness newMessiness) {
    return new GeneratorConfig(
        seed,
        asOf,
        msmeCustomers,
        consumerCustomers,
        bankMonths,
        gstMonths,
        newMessiness,
        profileMix,
        transactionTruth);
  }

  private static void count(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
