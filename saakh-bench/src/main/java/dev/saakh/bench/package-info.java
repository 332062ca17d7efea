/**
 * Benchmarks and measurement tools: JMH micro-benchmarks ({@code java -jar
 * saakh-bench/target/saakh-bench.jar}: generator, value and narration parsers, the whole clean
 * stage of one customer), the end-to-end generation benchmark ({@link
 * dev.saakh.bench.GenerateBench}), and accuracy tools that read a generated lake's labels: {@link
 * dev.saakh.bench.NarrationAccuracy} (narration fields, clean vs noisy) and {@link
 * dev.saakh.bench.GstFraudProfiles} (GST fraud severity by profile).
 */
package dev.saakh.bench;
