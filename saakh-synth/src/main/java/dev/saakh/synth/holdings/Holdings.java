package dev.saakh.synth.holdings;

import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.insurance.PremiumFrequency;
import dev.saakh.core.money.Money;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Policies and fund holdings whose count, cover and returns follow DESIGN §5's profile table. */
public final class Holdings {
  /** A profile's row of DESIGN §5: how many (min–max) and the value range (lo–hi). */
  private record Shape(int min, int max, double lo, double hi) {}

  private Holdings() {}

  public static List<InsurancePolicy> policies(
      Customer c, Profile profile, Window window, Rng rng) {
    Shape shape =
        switch (profile) {
          case HIGH_GROWTH -> new Shape(3, 5, 1e6, 5e6);
          case DECLINING -> new Shape(1, 2, 2e5, 8e5);
          case FRAUD -> new Shape(3, 5, 3e6, 1e7);
          default -> new Shape(1, 3, 3e5, 2e6);
        };
    int count = rng.between(shape.min(), shape.max());
    double minCover = shape.lo();
    double maxCover = shape.hi();
    List<InsurancePolicy> out = new ArrayList<>();
    String insured = c.segment() == Segment.MSME ? c.directors().get(0).name() : c.name();
    for (int i = 0; i < count; i++) {
      out.add(policy(c, profile, window, rng, i, insured, minCover, maxCover));
    }
    return out;
  }

  private static InsurancePolicy policy(
      Customer c,
      Profile profile,
      Window window,
      Rng rng,
      int i,
      String insured,
      double minCover,
      double maxCover) {
    PolicyType type = i == 0 ? PolicyType.TERM : rng.pick(PolicyType.values());
    boolean life = type == PolicyType.LIFE || type == PolicyType.TERM;
    long cover = Math.round(rng.uniform(minCover, maxCover) / 50_000) * 50_000_00;
    double premiumRate =
        switch (type) {
          case TERM -> rng.uniform(0.0012, 0.002);
          case LIFE -> rng.uniform(0.04, 0.07);
          case HEALTH -> rng.uniform(0.02, 0.035);
          case VEHICLE -> rng.uniform(0.015, 0.03);
          case PROPERTY -> rng.uniform(0.0005, 0.001);
        };
    PremiumFrequency freq =
        life && rng.chance(0.4) ? PremiumFrequency.MONTHLY : PremiumFrequency.ANNUAL;
    long annual = Math.max(2_000_00, Math.round(cover * premiumRate));
    long premium = freq == PremiumFrequency.MONTHLY ? annual / 12 : annual;
    LocalDate start = window.asOf().minusDays(rng.between(60, 2500));
    LocalDate maturity = start.plusYears(life ? rng.between(15, 30) : 1);
    while (!life && maturity.isBefore(window.asOf())) {
      maturity = maturity.plusYears(1);
    }
    boolean lapsed = profile == Profile.FRAUD ? rng.chance(0.4) : rng.chance(0.05);
    return new InsurancePolicy(
        String.format(Locale.ROOT, "%s-POL-%02d", c.customerId(), i + 1),
        c.customerId(),
        life ? rng.pick(Catalog.LIFE_INSURERS) : rng.pick(Catalog.GENERAL_INSURERS),
        type,
        insured,
        Money.ofPaise(cover),
        Money.ofPaise(premium),
        freq,
        start,
        maturity,
        lapsed ? PolicyStatus.LAPSED : PolicyStatus.ACTIVE);
  }

  public static List<MutualFundHolding> funds(Customer c, Profile profile, Window window, Rng rng) {
    Shape shape =
        switch (profile) {
          case HIGH_GROWTH, STABLE_INCOME -> new Shape(3, 6, 0.15, 0.45);
          case DECLINING -> new Shape(1, 3, -0.10, 0.05);
          case FRAUD -> new Shape(4, 7, -0.20, -0.05);
          default -> new Shape(1, 3, -0.05, 0.25);
        };
    int count = rng.between(shape.min(), shape.max());
    double lo = shape.lo();
    double hi = shape.hi();
    List<MutualFundHolding> out = new ArrayList<>();
    LocalDate navDate = window.asOf().minusDays(1);
    for (int i = 0; i < count; i++) {
      String[] amc = rng.pick(Catalog.AMCS);
      int scheme = rng.between(2, amc.length - 1);
      BigDecimal nav = BigDecimal.valueOf(rng.uniform(12, 900)).setScale(4, RoundingMode.HALF_UP);
      long cost = Math.round(rng.logUniform(20_000, 2_500_000)) * 100;
      double ret = rng.uniform(lo, hi);
      long current = Math.round(cost * (1 + ret));
      BigDecimal units =
          BigDecimal.valueOf(current).movePointLeft(2).divide(nav, 3, RoundingMode.HALF_UP);
      // a statement's value is units × NAV to the paisa, as a CAS computes it
      BigDecimal value = units.multiply(nav).setScale(2, RoundingMode.HALF_UP);
      boolean sip = rng.chance(0.5);
      out.add(
          new MutualFundHolding(
              String.format(Locale.ROOT, "%s-MF-%02d", c.customerId(), i + 1),
              c.customerId(),
              rng.digits(8) + "/" + rng.digits(2),
              amc[0],
              amc[scheme]
                  + (rng.chance(0.5) ? " - Direct Plan - Growth" : " - Regular Plan - Growth"),
              isin(amc[1], scheme, rng),
              units,
              nav,
              navDate,
              Money.ofPaise(cost),
              Money.of(value),
              sip,
              sip ? Money.ofPaise(rng.between(2, 25) * 1000_00L) : null));
    }
    return out;
  }

  /**
   * An ISIN of the Indian mutual-fund shape (INF + issuer + security code) with a valid check
   * digit.
   */
  static String isin(String issuer, int scheme, Rng rng) {
    String body =
        "INF"
            + issuer.substring(0, 3)
            + rng.letters(1)
            + rng.digits(2)
            + (char) ('A' + scheme)
            + rng.letters(1);
    body = body.substring(0, 11);
    StringBuilder digits = new StringBuilder();
    for (char ch : body.toCharArray()) {
      digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
    }
    int sum = 0;
    boolean doubleIt = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        d = d > 9 ? d - 9 : d;
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return body + (char) ('0' + (10 - sum % 10) % 10);
  }
}
