package org.synoptic.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of each host, fetched through the {@link FeedFetcher} (so under the same address rules) and
 * parsed by crawler-commons for the robot names {@code synopticfeedfollower} and {@code synoptic}. Rules are kept for
 * {@link #KEEP} by the injected clock; a robots.txt answered with an error status is read as crawler-commons reads a
 * failed fetch (4xx: everything allowed; 5xx: nothing allowed for now, asked again after {@link #RETRY}). Without any
 * answer (refused address, timeout) everything is allowed for {@link #RETRY}: the feed's own fetch then fails with
 * the clearer reason.
 *
 * <p>Thread-safe. The caller holds the host ({@link HostGate}) while it asks, so one host's robots.txt is fetched
 * once at a time.
 */
final class RobotsRules {

    static final Duration KEEP = Duration.ofHours(24);
    static final Duration RETRY = Duration.ofHours(1);
    private static final List<String> NAMES = List.of("synopticfeedfollower", "synoptic");

    private record Entry(BaseRobotRules rules, Instant until) {
    }

    private final FeedFetcher fetcher;
    private final Clock clock;
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    /** robots.txt requests made, for the measurements. */
    private final java.util.concurrent.atomic.AtomicLong fetches = new java.util.concurrent.atomic.AtomicLong();

    RobotsRules(FeedFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** Whether {@code url} may be fetched; fetches its host's robots.txt when not known or expired. */
    boolean allows(String url) {
        return rules(url).isAllowed(url);
    }

    /** The crawl delay the host asks of us, or {@code null} when it sets none. */
    Duration crawlDelay(String url) {
        long ms = rules(url).getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? null : Duration.ofMillis(ms);
    }

    long fetches() {
        return fetches.get();
    }

    private BaseRobotRules rules(String url) {
        URI uri = URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Instant now = clock.instant();
        Entry e = byOrigin.get(origin);
        if (e != null && now.isBefore(e.until())) {
            return e.rules();
        }
        String robotsUrl = origin + "/robots.txt";
        fetches.incrementAndGet();
        FeedFetcher.Response r = fetcher.fetch(robotsUrl, null, null);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(); // keeps a warning count: one per call
        BaseRobotRules rules;
        Duration keep = KEEP;
        if (r.kind() == FeedFetcher.Kind.OK) {
            rules = parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(), NAMES);
        } else if (r.status() == 0) {
            // no answer at all (refused address, timeout, unknown host): the feed's own fetch will fail with the
            // same, clearer reason; asked again after RETRY
            rules = parser.failedFetch(404);
            keep = RETRY;
        } else {
            rules = parser.failedFetch(r.status());
            if (r.status() >= 500 || r.kind() == FeedFetcher.Kind.RETRY_LATER) {
                keep = RETRY;
            }
        }
        byOrigin.put(origin, new Entry(rules, now.plus(keep)));
        return rules;
    }
}
