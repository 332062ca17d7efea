/**
 * The seed system's API, same paths and reply shapes, so the seed's clients run unchanged: {@code
 * /api/pipeline/{generate,clean,analytics}}, {@code /api/data/<dataset>}, {@code /api/analytics},
 * {@code /api/analytics/directors}, {@code /api/stats} and {@code
 * /api/bank-statements/analyze-json/}. Every customer route goes through {@link
 * dev.saakh.server.customer.CustomerService}, so the consent gate and the audit apply as on {@code
 * /api/v1}; a request that names no customer (or {@code "all"}) is refused, as DPDP's "no bulk
 * read" asks. Errors are RFC 9457 problems, not the seed's {@code {"status": "error"}}.
 */
package dev.saakh.server.seed;
