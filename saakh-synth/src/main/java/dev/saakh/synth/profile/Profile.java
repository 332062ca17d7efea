package dev.saakh.synth.profile;

import dev.saakh.core.customer.Segment;
import java.util.Locale;

/** Behaviour profiles the generator can give a customer; each belongs to one segment. */
public enum Profile {
  BASELINE(Segment.MSME),
  HIGH_SEASONALITY(Segment.MSME),
  HIGH_DEBT(Segment.MSME),
  HIGH_GROWTH(Segment.MSME),
  STABLE_INCOME(Segment.MSME),
  FRAUD(Segment.MSME),
  DECLINING(Segment.MSME),
  CUSTOMER_CONCENTRATION(Segment.MSME),
  SALARIED_STABLE(Segment.CONSUMER),
  IMPULSE_SPENDER(Segment.CONSUMER),
  OVER_LEVERAGED(Segment.CONSUMER),
  GIG_INCOME(Segment.CONSUMER),
  FRAUD_P2P(Segment.CONSUMER);

  private final Segment segment;

  Profile(Segment segment) {
    this.segment = segment;
  }

  public Segment segment() {
    return segment;
  }

  /** The name used in config and labels, e.g. {@code high_growth}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The profile called {@code label}, or an error listing the valid names. */
  public static Profile ofLabel(String label) {
    for (Profile profile : values()) {
      if (profile.label().equals(label)) {
        return profile;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (Profile profile : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(profile.label());
    }
    throw new IllegalArgumentException("unknown profile '" + label + "' (valid: " + valid + ")");
  }
}
