package dev.saakh.core.statement;

import dev.saakh.core.consent.ConsentArtefact;
import java.util.Objects;

/**
 * One input file as read, before cleaning: either a part of a statement (accounts and transactions)
 * or a consent that came with it. Readers of each format return this; a {@link StatementSet} takes
 * several of one customer and cleans them once.
 *
 * @param source how messages name the input (a file name, an upload's name)
 * @param layout the bank layout an export was read by (such as {@code HDFC}), or null
 * @param part the accounts and transactions read, or null for a consent
 * @param consent the ReBIT consent the input is, or null for a statement part
 */
public record StatementInput(
    String source, Format format, String layout, RawPart part, ConsentArtefact consent) {
  public StatementInput {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    if ((part == null) == (consent == null)) {
      throw new IllegalArgumentException("an input is a statement part or a consent, not both");
    }
  }

  /** A statement part. */
  public static StatementInput of(String source, Format format, String layout, RawPart part) {
    return new StatementInput(source, format, layout, Objects.requireNonNull(part, "part"), null);
  }

  /** A consent. */
  public static StatementInput consent(String source, ConsentArtefact consent) {
    return new StatementInput(
        source, Format.REBIT_CONSENT_JSON, null, null, Objects.requireNonNull(consent, "consent"));
  }
}
