/** ONDC orders (Beckn order object) in which the customer is the seller (MSME) or buyer. */
package dev.saakh.core.ondc;
