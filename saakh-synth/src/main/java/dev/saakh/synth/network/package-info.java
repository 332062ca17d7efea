/** Network data: ONDC orders the customer sold (or bought) and OCEN loan applications it made. */
package dev.saakh.synth.network;
