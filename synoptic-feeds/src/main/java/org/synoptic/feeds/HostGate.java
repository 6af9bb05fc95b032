package org.synoptic.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Politeness per host: one request sequence at a time per host, and a pause after each before the next may start,
 * measured on the follower's clock. Thread-safe.
 */
final class HostGate {

    private final Set<String> busy = new HashSet<>();
    private final Map<String, Instant> openAt = new HashMap<>();

    /** Takes {@code host} when no one holds it and its pause is over at {@code now}; whether it was taken. */
    synchronized boolean tryAcquire(String host, Instant now) {
        if (busy.contains(host)) {
            return false;
        }
        Instant open = openAt.get(host);
        if (open != null && now.isBefore(open)) {
            return false;
        }
        busy.add(host);
        return true;
    }

    /** Gives {@code host} back; the next request may start {@code pause} after {@code now}. */
    synchronized void release(String host, Instant now, Duration pause) {
        busy.remove(host);
        openAt.put(host, now.plus(pause));
    }
}
