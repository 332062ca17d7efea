package dev.saakh.core.ondc;

/** The customer's side of an order. */
public enum OrderRole {
  SELLER,
  BUYER
}
