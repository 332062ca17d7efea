/**
 * The lending decision (DESIGN §7): every knock-out of the policy evaluated and recorded with its
 * observed value, the amount sized by every limit naming the one that binds, APPROVE / REFER /
 * REJECT with the rule that decided it, the offer's Key Facts Statement, and on REJECT the notice a
 * borrower must receive. Entry point: {@link dev.saakh.core.decide.Decider}.
 */
package dev.saakh.core.decide;
