package org.kemu.limits;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One client's budget of cost points: full at {@code capacity}, refilled continuously so that an empty budget is
 * full again after {@code period}. A request is let in while the budget is above zero and then charged its whole
 * cost, so the one request that empties it may leave it in debt; known only after the query is read, the cost
 * cannot be charged before.
 */
final class TokenBucket {

    private final long capacity;
    private final double pointsPerNano;
    private final LongSupplier nanoClock;
    private double points;
    private long updatedAt;

    TokenBucket(long capacity, Duration period, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.pointsPerNano = (double) capacity / period.toNanos();
        this.nanoClock = nanoClock;
        this.points = capacity;
        this.updatedAt = nanoClock.getAsLong();
    }

    long capacity() {
        return capacity;
    }

    synchronized void spend(long cost) {
        refill();
        points -= cost;
    }

    /** Whole points left, never below 0 (a debt shows as 0 and in {@link #secondsUntilAvailable()}). */
    synchronized long remaining() {
        refill();
        return Math.max(0, (long) Math.floor(points));
    }

    /** Seconds until a request is let in again: 0 while points remain. */
    synchronized long secondsUntilAvailable() {
        refill();
        return points > 0 ? 0 : secondsFor(1 - points);
    }

    /** Seconds until the budget is full again. */
    synchronized long secondsUntilFull() {
        refill();
        return secondsFor(capacity - points);
    }

    private long secondsFor(double missing) {
        return (long) Math.ceil(missing / pointsPerNano / 1e9);
    }

    private void refill() {
        var now = nanoClock.getAsLong();
        points = Math.min(capacity, points + (now - updatedAt) * pointsPerNano);
        updatedAt = now;
    }
}
