package org.synoptic.store;

import java.time.Duration;

/**
 * A story has no stored digest yet and none could be had within the request's time budget
 * ({@link ArticleStore#digest(String, Duration)}): either the digest is being computed and did not finish in time (it
 * goes on in the background and is stored for the next request), or the deep tier already has too many stories to
 * digest on demand ({@link #refused()}). Callers answer it as "unavailable, retry after {@link #retryAfter()}"
 * (HTTP 503 with {@code Retry-After}); a retry is cheap: requests for one story share one computation.
 */
public final class DigestPendingException extends RuntimeException {

    private final String storyId;
    private final Duration retryAfter;
    private final boolean refused;

    /** @param retryAfter when to ask again; raised to one second */
    DigestPendingException(String storyId, Duration retryAfter, boolean refused, String message) {
        super(message);
        this.storyId = storyId;
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
        this.refused = refused;
    }

    /** The story whose digest is pending. */
    public String storyId() {
        return storyId;
    }

    /** When asking again is likely to find the digest (at least one second). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** True when the deep tier refused the story (too many on demand); false when the budget ran out while it ran. */
    public boolean refused() {
        return refused;
    }
}
