package dev.saakh.core.decide;

import dev.saakh.core.money.Money;

/**
 * One limit on the loan amount and how it was reached; null amount when it could not be computed.
 */
public record Limit(String name, Money amount, String basis) {}
