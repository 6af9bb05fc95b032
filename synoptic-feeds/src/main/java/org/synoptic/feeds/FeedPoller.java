package org.synoptic.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.ingest.ArticleParser;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.IngestResult;

/**
 * Polls one feed once: robots.txt, a conditional GET, the feed read by {@link ArticleParser} (RSS 2.0, RSS 1.0/RDF,
 * Atom; item ids from GUID, else link, else content), the items not seen before handed to the {@link ItemSink} (the
 * store's {@link ArticleStore#ingest}, the path POSTs take, or a Kafka topic), and the feed's next state. Every problem ends as an error on this
 * feed's state, never as an exception.
 *
 * <p>Full text: with {@link FollowerOptions#fullText()}, a new item whose text is a teaser (under
 * {@value #TEASER_CHARS} characters) and that links to a page gets that page fetched (same address rules and
 * robots.txt, at most {@value #PAGE_BYTES} bytes, the fetch timeout each, at most {@value #PAGES_PER_POLL} pages and
 * {@link #PAGE_BUDGET} per poll, one after the other) and read by the parser's HTML path; when the page gives a longer
 * text, the item keeps its id, link, title, outlet and date and takes the page's text. A page that cannot be had leaves
 * the teaser. Items seen before are never fetched again, their pages included.
 *
 * <p>Order for crash safety: the store acknowledges the new items (durably) before the state that marks them seen is
 * written. A crash between the two re-reads the items at the next poll, and the store recognises them as duplicates
 * (same URL or content): nothing is lost, nothing stored twice.
 *
 * <p>Stateless apart from the shared fetcher, robots rules and store; thread-safe for different feeds.
 */
final class FeedPoller {

    /**
     * What one poll did.
     *
     * @param feed        the feed after the poll (its URL moved by a permanent redirect, its state, its seen items)
     * @param requests    HTTP requests made for the feed itself (0 when robots.txt refused it)
     * @param notModified whether the server answered 304, or the same body again
     * @param failed      whether the poll ended as an error
     * @param stored      articles newly stored
     * @param duplicates  new items the store already held (syndicated copies, or a crash's re-read)
     * @param pages       linked pages fetched for teasers
     */
    record Result(FollowedFeed feed, int requests, boolean notModified, boolean failed, long stored, long duplicates,
                  int pages) {
    }

    /** The parser's reason for a feed document without items ({@code FeedReader}). */
    private static final String EMPTY = "feed without items";

    static final int TEASER_CHARS = 600;
    static final int PAGES_PER_POLL = 10;
    static final int PAGE_BYTES = 2 * 1024 * 1024;
    static final Duration PAGE_BUDGET = Duration.ofSeconds(60);

    private final FeedFetcher fetcher;
    private final FeedFetcher pageFetcher;
    private final boolean fullText;
    private final RobotsRules robots;
    private final ArticleParser parser = new ArticleParser();
    private final ItemSink sink;
    private final PollIntervals intervals;
    private final Clock clock;

    FeedPoller(FeedFetcher fetcher, RobotsRules robots, ItemSink sink, FollowerOptions options) {
        this.fetcher = fetcher;
        this.pageFetcher = new FeedFetcher(options.timeout(), Math.min(PAGE_BYTES, options.maxBytes()), options.allowPrivate(), options.clock());
        this.fullText = options.fullText();
        this.robots = robots;
        this.sink = sink;
        this.intervals = new PollIntervals(options);
        this.clock = options.clock();
    }

    Result poll(FollowedFeed feed) {
        Subscription sub = feed.subscription();
        PollState st = feed.state();
        if (!robots.allows(sub.url())) {
            return failure(feed, 0, "robots-disallowed", "robots.txt disallows this feed for our User-Agent", 0);
        }
        FeedFetcher.Response r = fetcher.fetch(sub.url(), st.etag(), st.lastModified());
        FollowedFeed moved = r.movedTo() != null && !r.movedTo().equals(sub.url()) ? feed.with(sub.withUrl(r.movedTo())) : feed;
        return switch (r.kind()) {
            case NOT_MODIFIED -> nothingNew(moved, r, "not-modified", st.contentHash());
            case RETRY_LATER -> r.retryAfter() == null
                    ? failure(moved, 1, "error", r.error() + " without Retry-After", r.status())
                    : retryLater(moved, r);
            case FAILED -> failure(moved, 1, "error", r.error(), r.status());
            case OK -> read(moved, r);
        };
    }

    private Result read(FollowedFeed feed, FeedFetcher.Response r) {
        PollState st = feed.state();
        if (looksLikePage(r)) {
            return failure(feed, 1, "error", "not a feed: the server answered with a web page", r.status());
        }
        String hash = sha256(r.body());
        if (hash.equals(st.contentHash())) {
            return nothingNew(feed, r, "unchanged", hash);
        }
        // Design decision: the source is "feed:" + URL, not the bare URL, so the parser does not give items without a
        // link the feed's own URL (the store would then take every such item after the first for a duplicate).
        IngestReport report = parser.parse(r.body(), r.contentType(), "feed:" + feed.subscription().url());
        if (report.articles().isEmpty()) {
            String reason = report.rejected().stream().map(InputOutcome::reason).findFirst().orElse(EMPTY);
            if (reason.equals(EMPTY)) { // a feed with no items yet is no error
                return nothingNew(feed, r, "unchanged", hash);
            }
            return failure(feed, 1, "error", reason, r.status());
        }
        Set<String> seen = new HashSet<>(feed.seen().keys());
        List<Article> fresh = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> published = new ArrayList<>();
        for (Article a : report.articles()) {
            List<String> itemKeys = keys(a);
            if (itemKeys.stream().noneMatch(seen::contains)) {
                fresh.add(a);
            }
            keys.addAll(itemKeys);
            publishedMillis(a).ifPresent(published::add);
        }
        int pageRequests = 0;
        if (fullText && !fresh.isEmpty()) {
            long deadline = System.nanoTime() + PAGE_BUDGET.toNanos();
            for (int i = 0; i < fresh.size() && pageRequests < PAGES_PER_POLL && System.nanoTime() < deadline; i++) {
                Article a = fresh.get(i);
                if (a.text().length() < TEASER_CHARS && a.url() != null && a.url().matches("(?i)https?://.+")) {
                    pageRequests++;
                    fresh.set(i, completed(a));
                }
            }
        }
        IngestResult result;
        try {
            result = fresh.isEmpty() ? new IngestResult(List.of()) : sink.take(fresh);
        } catch (IOException | RuntimeException e) {
            // nothing marked seen and the validators kept: the next poll reads these items again
            return failure(feed, 1, "error", "the items could not be taken: " + e.getMessage(), r.status());
        }
        Instant now = clock.instant();
        Duration interval = fresh.isEmpty() ? intervals.afterNothingNew(st.interval())
                : intervals.afterNewItems(st.interval(), published);
        PollState next = new PollState(r.etag(), r.lastModified(), hash, now, fresh.isEmpty() ? "unchanged" : "new",
                r.status(), now.plus(interval), st.lastError(), 0, null, fresh.size(),
                st.totalItems() + result.stored(), interval, st.polls() + 1, feedTitle(report, st.title()));
        FollowedFeed after = new FollowedFeed(feed.subscription(), next, feed.seen().plus(keys));
        return new Result(after, 1, false, false, result.stored(), result.duplicates(), pageRequests);
    }

    /**
     * The feed's title as the parser read it: {@code FeedReader} gives each item the feed's title as its outlet (an
     * item without one gets its host, which is no title); {@code before} when no item carries one.
     */
    private static String feedTitle(IngestReport report, String before) {
        for (Article a : report.articles()) {
            if (a.outlet() != null && !a.inferred().contains("outlet")) {
                return a.outlet();
            }
        }
        return before;
    }

    /** The teaser {@code a} with the text of its linked page, or {@code a} as it is when the page gives no more. */
    private Article completed(Article a) {
        if (!robots.allows(a.url())) {
            return a;
        }
        FeedFetcher.Response page = pageFetcher.fetch(a.url(), null, null);
        if (page.kind() != FeedFetcher.Kind.OK) {
            return a;
        }
        IngestReport read = parser.parse(page.body(), page.contentType() == null ? "text/html" : page.contentType(), page.finalUrl());
        if (read.articles().isEmpty() || read.articles().get(0).text().length() <= a.text().length()) {
            return a;
        }
        Article p = read.articles().get(0);
        return new Article(a.id(), a.source(), a.url(), a.title() != null ? a.title() : p.title(), p.text(),
                a.outlet() != null ? a.outlet() : p.outlet(), a.author() != null ? a.author() : p.author(),
                a.published() != null ? a.published() : p.published(), a.language().equals("und") ? p.language() : a.language(),
                a.inferred());
    }

    private Result nothingNew(FollowedFeed feed, FeedFetcher.Response r, String status, String hash) {
        PollState st = feed.state();
        Instant now = clock.instant();
        Duration interval = intervals.afterNothingNew(st.interval());
        PollState next = new PollState(r.etag(), r.lastModified(), hash, now, status, r.status(), now.plus(interval),
                st.lastError(), 0, null, 0, st.totalItems(), interval, st.polls() + 1, st.title());
        return new Result(feed.with(next), 1, true, false, 0, 0, 0);
    }

    private Result retryLater(FollowedFeed feed, FeedFetcher.Response r) {
        PollState st = feed.state();
        Instant now = clock.instant();
        Duration wait = intervals.retryAfter(r.retryAfter());
        PollState next = new PollState(st.etag(), st.lastModified(), st.contentHash(), now, "retry-later", r.status(),
                now.plus(wait), r.error() + " (Retry-After " + r.retryAfter().toSeconds() + " s)", st.failures(),
                st.failingSince(), 0, st.totalItems(), st.interval(), st.polls() + 1, st.title());
        return new Result(feed.with(next), 1, false, false, 0, 0, 0);
    }

    private Result failure(FollowedFeed feed, int requests, String status, String error, int http) {
        PollState st = feed.state();
        Instant now = clock.instant();
        int failures = st.failures() + 1;
        PollState next = new PollState(st.etag(), st.lastModified(), st.contentHash(), now, status, http,
                now.plus(intervals.backoff(st.interval(), failures)), error, failures,
                st.failingSince() == null ? now : st.failingSince(), 0, st.totalItems(), st.interval(), st.polls() + 1,
                st.title());
        return new Result(feed.with(next), requests, false, true, 0, 0, 0);
    }

    /** An item's keys: its id (GUID, else link, else content), its URL and its content hash. */
    static List<String> keys(Article a) {
        List<String> k = new ArrayList<>(3);
        k.add("i:" + a.id());
        if (a.url() != null) {
            k.add("u:" + a.url());
        }
        k.add("c:" + sha256((a.title() == null ? "" : a.title()) + "\n" + a.text()).substring(0, 16));
        return k;
    }

    /**
     * An item's publication time. {@code Article.publishedEpochMillis} misses the feed reader's whole-minute times
     * ({@code 2024-03-04T06:00Z}, which {@code Instant.parse} refuses), so those are read as offset date-times here.
     */
    static java.util.OptionalLong publishedMillis(Article a) {
        java.util.OptionalLong m = a.publishedEpochMillis();
        if (m.isPresent() || a.published() == null) {
            return m;
        }
        try {
            return java.util.OptionalLong.of(java.time.OffsetDateTime.parse(a.published().strip()).toInstant().toEpochMilli());
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Whether a body is a web page rather than a feed, by its content type or its first markup. */
    static boolean looksLikePage(FeedFetcher.Response r) {
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return true;
        }
        String head = new String(r.body(), 0, Math.min(r.body().length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
