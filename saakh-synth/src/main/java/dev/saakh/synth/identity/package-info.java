/** Who the customer is: names, PAN, GSTIN, mobile, AA handle, city, directors. */
package dev.saakh.synth.identity;
