/** The consent artefact the customer granted the lender: purpose 103, six months, every FI type. */
package dev.saakh.synth.consent;
