/**
 * Long work as jobs: {@code POST /api/v1/customers/{id}/jobs} runs clean, analyze and decide for
 * one customer through {@link dev.saakh.server.customer.CustomerService} (so every stage is gated
 * and audited) on a bounded executor, idempotent per {@code Idempotency-Key}; progress is kept in
 * the {@code job} table and streamed as Server-Sent Events. Jobs a crash left unfinished are marked
 * FAILED at start-up.
 */
package dev.saakh.server.jobs;
