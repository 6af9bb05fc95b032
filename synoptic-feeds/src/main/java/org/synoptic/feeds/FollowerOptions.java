package org.synoptic.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FeedFollower} polls.
 *
 * @param pollMin      shortest interval between two polls of one feed (default 5 minutes)
 * @param pollMax      longest interval, also the cap of error backoff (default 6 hours)
 * @param hostDelay    least time between two requests to one host (default 2 s); a longer robots.txt
 *                     {@code Crawl-delay} (up to a minute) wins
 * @param timeout      bound on one fetch, connect to last byte (default 30 s)
 * @param maxBytes     largest feed read (default 10 MB)
 * @param allowPrivate whether private, loopback and link-local addresses may be fetched (default no)
 * @param threads      feeds polled at once, each on another host (default 4)
 * @param clock        the clock every schedule is read on; tests inject one
 * @param fullText     whether a new item that carries only a teaser gets its linked page fetched and extracted
 *                     (default yes; see {@code FeedPoller})
 */
public record FollowerOptions(Duration pollMin, Duration pollMax, Duration hostDelay, Duration timeout, long maxBytes,
                              boolean allowPrivate, int threads, Clock clock, boolean fullText) {

    public FollowerOptions {
        Objects.requireNonNull(clock, "clock");
        if (pollMin.isNegative() || pollMin.isZero()) {
            throw new IllegalArgumentException("pollMin must be positive: " + pollMin);
        }
        if (pollMax.compareTo(pollMin) < 0) {
            throw new IllegalArgumentException("pollMax must not be shorter than pollMin: pollMin=" + pollMin
                    + " pollMax=" + pollMax);
        }
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }

    /** The defaults: 5 minutes to 6 hours, 2 s between requests to a host, 30 s and 10 MB per fetch, public addresses. */
    public static FollowerOptions defaults() {
        return new FollowerOptions(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofSeconds(2),
                Duration.ofSeconds(30), 10L * 1024 * 1024, false, 4, Clock.systemUTC(), true);
    }

    public FollowerOptions withBounds(Duration min, Duration max) {
        return new FollowerOptions(min, max, hostDelay, timeout, maxBytes, allowPrivate, threads, clock, fullText);
    }

    public FollowerOptions withAllowPrivate(boolean allow) {
        return new FollowerOptions(pollMin, pollMax, hostDelay, timeout, maxBytes, allow, threads, clock, fullText);
    }

    public FollowerOptions withClock(Clock newClock) {
        return new FollowerOptions(pollMin, pollMax, hostDelay, timeout, maxBytes, allowPrivate, threads, newClock, fullText);
    }

    public FollowerOptions withFetchLimits(Duration newTimeout, long newMaxBytes) {
        return new FollowerOptions(pollMin, pollMax, hostDelay, newTimeout, newMaxBytes, allowPrivate, threads, clock, fullText);
    }

    public FollowerOptions withHostDelay(Duration delay) {
        return new FollowerOptions(pollMin, pollMax, delay, timeout, maxBytes, allowPrivate, threads, clock, fullText);
    }

    public FollowerOptions withFullText(boolean fetchPages) {
        return new FollowerOptions(pollMin, pollMax, hostDelay, timeout, maxBytes, allowPrivate, threads, clock, fetchPages);
    }

    /** The interval a new feed starts with: 30 minutes within the bounds. */
    Duration initialInterval() {
        return clamp(Duration.ofMinutes(30));
    }

    /** {@code d} within [{@link #pollMin}, {@link #pollMax}]. */
    Duration clamp(Duration d) {
        return d.compareTo(pollMin) < 0 ? pollMin : d.compareTo(pollMax) > 0 ? pollMax : d;
    }
}
