/**
 * What clients and operators see when the database goes away: requests that need it are answered
 * {@code SERVICE_UNAVAILABLE} with {@code Retry-After}, distinguishable from a bug; the log gets one line when the
 * database becomes unreachable and one when it is back, with the number of requests refused meanwhile, instead of a
 * stack trace per request. {@link org.kemu.availability.DatabaseAvailability} is what other packages use: to report
 * a failure they met and to ask whether an exception means the database is unreachable. A start-up that cannot use
 * the database (still unreachable after the start-up wait, reported by throwing {@link
 * org.kemu.availability.DatabaseUnreachableAtStartException}, or refusing the credentials) ends with an explanation
 * instead of a stack trace.
 */
package org.kemu.availability;
