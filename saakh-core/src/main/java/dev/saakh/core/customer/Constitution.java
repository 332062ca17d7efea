package dev.saakh.core.customer;

/** Legal form of an MSME. */
public enum Constitution {
  PROPRIETORSHIP,
  PARTNERSHIP,
  LLP,
  PRIVATE_LIMITED
}
