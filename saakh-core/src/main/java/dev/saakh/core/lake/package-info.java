/**
 * The lake: the folder layout every stage reads and writes (DESIGN §4.1), the datasets in it, and
 * the JSON mapping of clean records.
 */
package dev.saakh.core.lake;
