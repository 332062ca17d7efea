/**
 * Maker-checker review of the engine's decisions: an UNDERWRITER accepts a decision as proposed
 * (final at once) or overrides it with a written reason; a second UNDERWRITER, never the maker,
 * approves or declines the override. The decision row is never changed: a review is the human layer
 * on top, kept in the {@code decision_review} table. Every action passes the consent gate ({@link
 * dev.saakh.server.customer.CustomerService#open}) and is audited, served or refused; the rules
 * themselves are in {@link dev.saakh.server.review.ReviewRules}. See docs/reviews.md.
 */
package dev.saakh.server.review;
