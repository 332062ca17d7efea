package dev.saakh.core.bank;

/** Who is on the other side: a person, a merchant, or the customer's own account. */
public enum Direction {
  P2P,
  P2M,
  SELF
}
