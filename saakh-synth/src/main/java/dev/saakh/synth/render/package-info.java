/**
 * Views of a customer model: raw NDJSON lines as sources write them (with the separately seeded
 * messiness layer), ground-truth labels, and ReBIT DEPOSIT JSON.
 */
package dev.saakh.synth.render;
