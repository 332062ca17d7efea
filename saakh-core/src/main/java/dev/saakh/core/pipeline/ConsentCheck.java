package dev.saakh.core.pipeline;

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

  /** The consent to use, or null with the reason in {@code why[0]}. */
  static ConsentArtefact usable(List<ConsentArtefact> consents, Instant now, String[] why) {
    List<ConsentArtefact> newestFirst =
        consents.stream()
            .sorted(Comparator.comparing(ConsentArtefact::consentStart).reversed())
            .toList();
    if (newestFirst.isEmpty()) {
      why[0] = "no consent artefact for this customer";
      return null;
    }
    for (ConsentArtefact c : newestFirst) {
      if (problem(c, now) == null) {
        return c;
      }
    }
    why[0] = problem(newestFirst.get(0), now);
    return null;
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
