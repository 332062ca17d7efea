/** OCEN loan applications the customer made through loan service providers. */
package dev.saakh.core.ocen;
