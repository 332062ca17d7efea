/**
 * The generator's vocabulary: Indian personal and business names, cities, merchants with their UPI
 * handles, lenders, insurers and fund houses. All names of people and firms are invented
 * combinations; brands and institutions are real public names used only as counterparties.
 */
package dev.saakh.synth.catalog;
