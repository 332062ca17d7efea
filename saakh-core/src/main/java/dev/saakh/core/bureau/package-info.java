/** Credit bureau reports (CIBIL-style): score, tradelines with a 36-month DPD grid, enquiries. */
package dev.saakh.core.bureau;
