/**
 * Generator configuration: scale, date range, messiness and profile mix, loaded from a JSON file
 * that mirrors the seed system's {@code config.json}, with every value checked.
 */
package dev.saakh.synth.config;
