/** Insurance policies and mutual fund holdings by profile. */
package dev.saakh.synth.holdings;
