/** Rupee amounts as {@link dev.saakh.core.money.Money}: BigDecimal, scale 2 (paise), HALF_UP. */
package dev.saakh.core.money;
