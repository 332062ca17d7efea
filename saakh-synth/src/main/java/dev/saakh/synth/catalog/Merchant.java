package dev.saakh.synth.catalog;

import dev.saakh.core.bank.Category;

/**
 * A merchant a customer pays: display name as narrations write it, UPI id, spend category, and a
 * typical ticket size in rupees.
 */
public record Merchant(String name, String vpa, Category category, int typicalRupees) {}
