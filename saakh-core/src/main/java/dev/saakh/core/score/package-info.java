/**
 * The transparent points-based scorecard (DESIGN §7): named observations taken from the analytics
 * reports and behavioural features, points per characteristic, three sub-scores (cashflow
 * stability, business health, debt capacity) and an overall score 0–100 with a risk band, each
 * point traceable to the value that earned it, and the top adverse reasons. Entry point: {@link
 * dev.saakh.core.score.Scoring}.
 */
package dev.saakh.core.score;
