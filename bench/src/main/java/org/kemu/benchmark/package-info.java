/**
 * The benchmark harness, kept out of the server jar (test sources, run by {@code mvn -q -Pbench test}):
 * {@link org.kemu.benchmark.BenchmarkCommand} is its entry point and {@link org.kemu.benchmark.Benchmark} the run,
 * which loads a synthetic dataset, checks and times seven query shapes and the fixed cost of a request (shape 0) on
 * kemu, plain Cypher and the Neo4j GraphQL Library peer ({@code bench/peer}), measures the database's write floor
 * and writes BENCHMARKS.md; {@link org.kemu.benchmark.StatementRoundTrips} times one read statement sent the three
 * ways a server can send it over Bolt. It offers nothing to other packages; {@code BenchmarkSmokeIT} runs it at size XS.
 */
package org.kemu.benchmark;
