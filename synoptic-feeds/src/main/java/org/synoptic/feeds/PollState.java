package org.synoptic.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * What polling knows of one feed: validators, schedule and health. Immutable; each poll gives a new state
 * ({@link FeedPoller}), which {@link SubscriptionFiles} persists.
 *
 * @param etag          the last {@code ETag}, or {@code null}
 * @param lastModified  the last {@code Last-Modified}, or {@code null}
 * @param contentHash   SHA-256 of the last body read, or {@code null}: a 200 with the same body counts as unchanged,
 *                      for servers whose validators are broken
 * @param lastPoll      when the last poll ended, or {@code null} before the first
 * @param lastStatus    how it ended: {@code new}, {@code unchanged}, {@code not-modified}, {@code retry-later},
 *                      {@code error}, {@code robots-disallowed}; {@code null} before the first
 * @param lastHttp      the HTTP status of the last answer (0: none, e.g. a timeout)
 * @param nextPoll      when the feed is due next
 * @param lastError     the last error's message, or {@code null}; kept after a success for the record
 * @param failures      failures in a row (0 after a success)
 * @param failingSince  when the current run of failures began, or {@code null}
 * @param newItems      items the last poll found that had not been seen
 * @param totalItems    articles this feed has stored
 * @param interval      the current polling interval (adaptive, within the follower's bounds)
 * @param polls         polls made
 * @param title         the feed's own title (its channel's or Atom feed's) as last read, or {@code null} before a
 *                      feed with a title was read; text from the feed's server, so escape it wherever it is shown
 */
public record PollState(String etag, String lastModified, String contentHash, Instant lastPoll, String lastStatus,
                        int lastHttp, Instant nextPoll, String lastError, int failures, Instant failingSince,
                        int newItems, long totalItems, Duration interval, long polls, String title) {

    /** How long a feed must fail in a row to be flagged. */
    public static final Duration FLAG_AFTER = Duration.ofDays(1);

    /** The state of a feed never polled: due at {@code now}. */
    public static PollState initial(Instant now, Duration interval) {
        return new PollState(null, null, null, null, null, 0, now, null, 0, null, 0, 0, interval, 0, null);
    }

    /** Whether the feed has failed without a success for {@link #FLAG_AFTER} or longer at {@code now}. */
    public boolean flagged(Instant now) {
        return failingSince != null && !now.isBefore(failingSince.plus(FLAG_AFTER));
    }

    /** The same state due at {@code when} (resuming a paused feed, or after a restart). */
    public PollState dueAt(Instant when) {
        return new PollState(etag, lastModified, contentHash, lastPoll, lastStatus, lastHttp, when, lastError, failures,
                failingSince, newItems, totalItems, interval, polls, title);
    }
}
