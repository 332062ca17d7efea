/** GST filings (GSTR-1 and GSTR-3B) drawn from the business's declared turnover. */
package dev.saakh.synth.gst;
