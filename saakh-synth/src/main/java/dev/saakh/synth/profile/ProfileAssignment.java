package dev.saakh.synth.profile;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.random.Rng;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which profile a customer has: the first ten MSMEs as DESIGN §5 lists them, everyone else drawn
 * from the configured mix with a source seeded by (seed, id), so any id can be assigned alone.
 */
public final class ProfileAssignment {
  private static final List<Profile> FIRST_TEN_MSME =
      List.of(
          Profile.BASELINE,
          Profile.HIGH_SEASONALITY,
          Profile.HIGH_DEBT,
          Profile.HIGH_GROWTH,
          Profile.STABLE_INCOME,
          Profile.FRAUD,
          Profile.DECLINING,
          Profile.CUSTOMER_CONCENTRATION,
          Profile.HIGH_GROWTH,
          Profile.HIGH_SEASONALITY);

  private final long seed;
  private final Map<Profile, Double> mix;

  /**
   * @param mix weight per profile (weights of one segment need not sum to 1; they are normalised)
   */
  public ProfileAssignment(long seed, Map<Profile, Double> mix) {
    this.seed = seed;
    this.mix = Map.copyOf(Objects.requireNonNull(mix, "mix"));
  }

  public Profile profileOf(CustomerId id) {
    if (id.segment() == Segment.MSME && id.number() <= FIRST_TEN_MSME.size()) {
      return FIRST_TEN_MSME.get(id.number() - 1);
    }
    double total = 0;
    for (Profile profile : Profile.values()) {
      if (profile.segment() == id.segment()) {
        total += mix.getOrDefault(profile, 0.0);
      }
    }
    if (total <= 0) {
      throw new IllegalStateException("profile mix has no weight for segment " + id.segment());
    }
    double draw = Rng.of(seed, id.toString(), "profile").nextDouble() * total;
    Profile last = null;
    for (Profile profile : Profile.values()) {
      if (profile.segment() != id.segment() || mix.getOrDefault(profile, 0.0) <= 0) {
        continue;
      }
      last = profile;
      draw -= mix.get(profile);
      if (draw < 0) {
        return profile;
      }
    }
    return last;
  }
}
