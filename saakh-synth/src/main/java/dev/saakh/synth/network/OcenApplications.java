package dev.saakh.synth.network;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** OCEN loan applications by profile: how many, how often approved, how bunched (stacking). */
public final class OcenApplications {
  private static final String[] REJECT_REASONS = {
    "Insufficient cash flow", "High existing obligations", "GST filing irregular",
    "Bureau score below cut-off", "Multiple recent enquiries", "KYC mismatch"
  };

  /** How many applications a profile makes (min–max) and what share lenders approve. */
  private record Appetite(int min, int max, double approval) {}

  private OcenApplications() {}

  public static List<LoanApplication> apply(
      String customerId,
      Segment segment,
      Profile profile,
      long monthlyScalePaise,
      Window window,
      Rng rng) {
    Appetite appetite =
        switch (profile) {
          case HIGH_GROWTH -> new Appetite(2, 5, 0.8);
          case DECLINING -> new Appetite(3, 6, 0.3);
          case HIGH_DEBT -> new Appetite(5, 10, 0.4);
          case FRAUD -> new Appetite(4, 8, 0.2);
          case OVER_LEVERAGED, FRAUD_P2P -> new Appetite(3, 6, 0.35);
          default -> new Appetite(1, 3, 0.65);
        };
    int count = rng.between(appetite.min(), appetite.max());
    double approval = appetite.approval();
    boolean stacking =
        profile == Profile.HIGH_DEBT
            || profile == Profile.FRAUD
            || profile == Profile.OVER_LEVERAGED;
    LocalDate end = window.asOf().minusDays(3);
    LocalDate burst = end.minusDays(rng.between(20, 120));
    List<LoanApplication> apps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate created =
          stacking && rng.chance(0.7)
              ? burst.plusDays(rng.between(0, 45))
              : end.minusDays(rng.between(0, 360));
      created = created.isAfter(end) ? end : created;
      double size =
          segment == Segment.MSME
              ? monthlyScalePaise * rng.uniform(0.5, 2.0)
              : rng.uniform(50_000, 500_000) * 100;
      long requested = Math.max(50_000_00, Math.round(size / 10_000_00) * 10_000_00);
      int tenure = rng.pick(new Integer[] {6, 12, 18, 24, 36});
      ApplicationStatus status = status(rng, approval, created, window.asOf());
      Money offered =
          switch (status) {
            case OFFERED, GRANTED, DISBURSED, CLOSED ->
                Money.ofPaise(
                    Math.round(requested * rng.uniform(0.6, 1.0) / 10_000_00) * 10_000_00
                        + 10_000_00);
            case CREATED, REJECTED -> null;
          };
      apps.add(
          new LoanApplication(
              customerId + "-OCEN-" + String.format(java.util.Locale.ROOT, "%03d", i + 1),
              customerId,
              rng.pick(Catalog.OCEN_LENDERS),
              rng.pick(Catalog.OCEN_PRODUCTS),
              Money.ofPaise(requested),
              offered,
              tenure,
              status,
              created,
              status == ApplicationStatus.REJECTED ? rng.pick(REJECT_REASONS) : null));
    }
    apps.sort(
        Comparator.comparing(LoanApplication::createdDate)
            .thenComparing(LoanApplication::applicationId));
    return apps;
  }

  private static ApplicationStatus status(
      Rng rng, double approval, LocalDate created, LocalDate asOf) {
    if (created.isAfter(asOf.minusDays(7)) && rng.chance(0.5)) {
      return ApplicationStatus.CREATED;
    }
    if (!rng.chance(approval)) {
      return ApplicationStatus.REJECTED;
    }
    double r = rng.nextDouble();
    if (created.isBefore(asOf.minusDays(300)) && r < 0.3) {
      return ApplicationStatus.CLOSED;
    }
    return r < 0.15
        ? ApplicationStatus.OFFERED
        : r < 0.25 ? ApplicationStatus.GRANTED : ApplicationStatus.DISBURSED;
  }
}
