/**
 * GST returns (FI type GSTR1_3B): monthly GSTR-1 (outward supplies) and GSTR-3B (summary, tax
 * paid).
 */
package dev.saakh.core.gst;
