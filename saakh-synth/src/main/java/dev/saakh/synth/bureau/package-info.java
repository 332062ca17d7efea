/** The customer's loans (the single source of tradelines and EMIs) and their bureau report. */
package dev.saakh.synth.bureau;
