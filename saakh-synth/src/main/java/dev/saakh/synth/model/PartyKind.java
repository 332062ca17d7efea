package dev.saakh.synth.model;

/** What a counterparty is, which decides how narrations name it. */
public enum PartyKind {
  PERSON,
  BUSINESS,
  MERCHANT,
  LENDER,
  INSURER,
  GOVERNMENT,
  EMPLOYER,
  OWN_ACCOUNT
}
