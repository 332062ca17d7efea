package dev.saakh.core.pipeline;

import dev.saakh.core.consent.ConsentArtefact;
import java.time.Instant;
import java.util.List;

/**
 * The consent gate for servers and other callers outside the pipeline: which of a customer's
 * consents may be used at an instant (ACTIVE, current, purpose 103, covering DEPOSIT; the newest
 * that passes), or why none may. What the chosen consent then lets a caller read is its {@link
 * ConsentScope}.
 */
public final class ConsentGate {
  private ConsentGate() {}

  /**
   * The usable consent, or (consent null) the refusal naming why none is.
   *
   * @param consent the consent to use, null when refused
   * @param refusal for people: why no consent may be used, null when one may
   */
  public record Verdict(ConsentArtefact consent, String refusal) {
    public Verdict {
      if ((consent == null) == (refusal == null)) {
        throw new IllegalArgumentException("a verdict has either a consent or a refusal");
      }
    }

    /** The chosen consent's scope; refused when there is no usable consent. */
    public ConsentScope scope() {
      if (consent == null) {
        throw new IllegalStateException("no usable consent: " + refusal);
      }
      return ConsentScope.of(consent);
    }
  }

  /** The newest consent usable at {@code now}, or why none is. */
  public static Verdict usable(List<ConsentArtefact> consents, Instant now) {
    ConsentCheck.Verdict v = ConsentCheck.usable(consents, now);
    return new Verdict(v.consent(), v.refusal());
  }
}
