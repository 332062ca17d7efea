package dev.saakh.core.pipeline;

import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.FiType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The consent gate (DESIGN §8): data may be used only under an ACTIVE consent, current at the
 * decision instant, for purpose {@value #UNDERWRITING_PURPOSE} (aggregated statement), covering
 * DEPOSIT data. The newest consent that passes is used; when none does, the newest one's failure is
 * the reason.
 */
final class ConsentCheck {
  static final int UNDERWRITING_PURPOSE = 103;

  private ConsentCheck() {}

  /** The consent to use, or (consent null) why none can be used. */
  record Verdict(ConsentArtefact consent, String refusal) {}

  static Verdict usable(List<ConsentArtefact> consents, Instant now) {
    return usable(consents, List.of(), now);
  }

  /**
   * As {@link #usable(List, Instant)}; when no consent was readable, the refusal names the
   * quarantined consent records and why they could not be used.
   */
  static Verdict usable(List<ConsentArtefact> consents, List<Quarantined> unusable, Instant now) {
    List<ConsentArtefact> newestFirst =
        consents.stream()
            .sorted(Comparator.comparing(ConsentArtefact::consentStart).reversed())
            .toList();
    if (newestFirst.isEmpty()) {
      return new Verdict(
          null,
          unusable.isEmpty()
              ? "no consent artefact for this customer"
              : String.join("; ", unusable.stream().map(ConsentCheck::unusable).toList()));
    }
    for (ConsentArtefact c : newestFirst) {
      if (problem(c, now) == null) {
        return new Verdict(c, null);
      }
    }
    return new Verdict(null, problem(newestFirst.get(0), now));
  }

  /** {@code consent C-1 unusable: MISSING_FIELD frequency_unit, INVALID_VALUE status}. */
  private static String unusable(Quarantined q) {
    String reasons =
        String.join(
            ", ",
            q.reasons().stream()
                .map(r -> r.field() == null ? r.code().name() : r.code() + " " + r.field())
                .toList());
    String id = q.recordId() == null ? "on line " + q.line() : q.recordId();
    return "consent " + id + " unusable: " + reasons;
  }

  static String problem(ConsentArtefact c, Instant now) {
    String id = "consent " + c.consentId();
    if (c.status() != ConsentStatus.ACTIVE) {
      return id + " is " + c.status();
    }
    if (now.isBefore(c.consentStart().toInstant())) {
      return id + " starts only at " + c.consentStart();
    }
    if (!now.isBefore(c.consentExpiry().toInstant())) {
      return id + " expired at " + c.consentExpiry();
    }
    if (c.purposeCode() != UNDERWRITING_PURPOSE) {
      return id
          + " is for purpose "
          + c.purposeCode()
          + ", not "
          + UNDERWRITING_PURPOSE
          + " (underwriting)";
    }
    if (!c.fiTypes().contains(FiType.DEPOSIT)) {
      return id + " does not cover DEPOSIT (bank) data";
    }
    return null;
  }
}
