/** Mutual fund holdings (FI type MUTUAL_FUNDS), one folio-scheme position per record. */
package dev.saakh.core.funds;
