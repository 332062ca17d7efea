/**
 * Benchmarks: JMH micro-benchmarks ({@code java -jar saakh-bench/target/saakh-bench.jar}) and the
 * end-to-end generation benchmark ({@link dev.saakh.bench.GenerateBench}).
 */
package dev.saakh.bench;
