/** Customer profiles (DESIGN §5) and which customer gets which. */
package dev.saakh.synth.profile;
