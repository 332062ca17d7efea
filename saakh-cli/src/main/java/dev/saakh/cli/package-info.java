/**
 * The {@code saakh} command line: turns arguments into one engine call and errors into one line.
 */
package dev.saakh.cli;
