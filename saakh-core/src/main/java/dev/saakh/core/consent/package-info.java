/** The AA consent artefact: what data, for which purpose, over which range, until when. */
package dev.saakh.core.consent;
