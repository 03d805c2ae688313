/**
 * Time as a budget: every GraphQL request has a deadline. A query's statements run read-only, each as its own
 * transaction whose timeout is the time left, so Neo4j itself stops a statement that runs past the deadline; with
 * the database embedded they run in this process on the request's thread, against an external one as auto-commit
 * transactions over Bolt. The GraphQL execution is cancelled at the deadline too, so no work goes on for a client
 * that has been answered. A mutation that has begun runs to its end instead, so that its answer tells what it wrote.
 * A bounded number of requests execute at once, the rest wait briefly or are told the server is busy. Offers nothing
 * to other packages: it works through Spring for GraphQL's interceptor, graphql-java's instrumentation and a wrapper
 * of the application's Neo4j driver.
 */
package org.kemu.deadline;
