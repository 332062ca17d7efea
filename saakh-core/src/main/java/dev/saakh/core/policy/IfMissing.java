package dev.saakh.core.policy;

/**
 * What a knock-out does when its signal could not be computed (no bureau report, no GST returns):
 * let the application through ({@code PASS}, the default), refer it or reject it.
 */
public enum IfMissing {
  PASS,
  REFER,
  REJECT
}
