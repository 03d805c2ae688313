/**
 * Time as a budget: every GraphQL request has a deadline. Queries run in one read-only database transaction whose
 * timeout is that deadline, begun by their first statement, so Neo4j itself stops a statement that runs past it; the GraphQL execution is cancelled
 * at the deadline too, so no work goes on for a client that has been answered. A mutation that has begun runs to
 * its end instead, so that its answer tells what it wrote. A bounded number of requests execute at once, the rest
 * wait briefly or are told the server is busy. Offers nothing to other packages: it works through Spring for
 * GraphQL's interceptor and graphql-java's instrumentation.
 */
package org.kemu.deadline;
