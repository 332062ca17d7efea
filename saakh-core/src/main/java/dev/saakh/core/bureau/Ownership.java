package dev.saakh.core.bureau;

/** How the subject holds a tradeline. */
public enum Ownership {
  INDIVIDUAL,
  JOINT,
  GUARANTOR
}
