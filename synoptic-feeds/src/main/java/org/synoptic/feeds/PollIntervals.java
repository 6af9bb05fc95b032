package org.synoptic.feeds;

import java.time.Duration;
import java.util.List;

/**
 * When a feed is polled next, as rules on the poll's outcome. Stateless and thread-safe.
 *
 * <ul>
 *   <li>New items: half the mean gap between the publication times of the feed's newest dated items (up to 20), so
 *       a feed that publishes every hour is polled every 30 minutes; without two dated items, half the interval.
 *   <li>Nothing new (304, the same body, or only seen items): the interval grows by a quarter.
 *   <li>Always within [pollMin, pollMax].
 *   <li>Error: exponential backoff, pollMin × 2<sup>failures</sup>, at most pollMax, never shorter than the interval.
 *   <li>429 or 503 with {@code Retry-After}: exactly that wait, at least pollMin (a server may ask for longer than
 *       pollMax, and gets it); without it, as an error.
 * </ul>
 */
final class PollIntervals {

    private static final int DATED_ITEMS = 20;

    private final FollowerOptions options;

    PollIntervals(FollowerOptions options) {
        this.options = options;
    }

    /** The interval after a poll that found new items published at {@code publishedMillis} (any order). */
    Duration afterNewItems(Duration interval, List<Long> publishedMillis) {
        List<Long> sorted = publishedMillis.stream().sorted(java.util.Comparator.reverseOrder()).limit(DATED_ITEMS).toList();
        if (sorted.size() < 2) {
            return options.clamp(interval.dividedBy(2));
        }
        long gap = (sorted.get(0) - sorted.get(sorted.size() - 1)) / (sorted.size() - 1);
        return options.clamp(Duration.ofMillis(Math.max(1, gap / 2)));
    }

    /** The interval after a poll that found nothing new. */
    Duration afterNothingNew(Duration interval) {
        return options.clamp(interval.plus(interval.dividedBy(4)));
    }

    /** The wait after the {@code failures}-th failure in a row. */
    Duration backoff(Duration interval, int failures) {
        Duration d = options.pollMin().multipliedBy(1L << Math.min(failures, 20));
        d = d.compareTo(options.pollMax()) > 0 ? options.pollMax() : d;
        return d.compareTo(interval) < 0 ? interval : d;
    }

    /** The wait a server asked for. */
    Duration retryAfter(Duration asked) {
        return asked.compareTo(options.pollMin()) < 0 ? options.pollMin() : asked;
    }
}
