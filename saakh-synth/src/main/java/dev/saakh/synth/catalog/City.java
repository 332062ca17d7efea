package dev.saakh.synth.catalog;

/** A city with its state and a 3-letter code used in branch and ATM names. */
public record City(String name, String state, String code) {}
