package org.synoptic.feeds;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.synoptic.store.ArticleStore;

/**
 * Follows the feeds of one store: keeps the subscriptions ({@link SubscriptionFiles}, in the store's folder, so they
 * survive restarts), polls each when it is due ({@link FeedPoller}) and puts new items into the store.
 *
 * <p>Scheduling: {@link #dispatchDue()} starts, on a pool of {@link FollowerOptions#threads()} workers, a poll of
 * every unpaused feed whose next poll has come on the injected clock, at most one per host at a time and not before
 * that host's pause ({@link HostGate}) is over; a feed being polled is not started again. {@link #start()} calls it
 * every second in the background; tests call {@link #pollDue()} on a clock they move, so a simulated week runs in
 * seconds. A feed that hangs holds only its own worker and host, up to the fetch timeout.
 *
 * <p>Restart: each feed's state, next poll included, is written after every poll, so a restarted follower resumes
 * where it stood. Thread-safe. The store is the caller's; {@link #close()} stops polling and leaves it open.
 */
public final class FeedFollower implements Closeable {

    /**
     * Counts since start, for the metrics.
     *
     * @param polls       polls made (each one request for the feed)
     * @param notModified polls answered 304, or with the same body again
     * @param errors      polls that ended as an error
     * @param items       articles stored from feeds
     * @param duplicates  new feed items the store already held
     * @param robots      robots.txt requests made
     * @param pages       linked pages fetched for the full text of teasers
     */
    public record Counters(long polls, long notModified, long errors, long items, long duplicates, long robots,
                           long pages) {
    }

    /** What a subscription request did: the feed, and whether it was new. */
    public record Subscribed(FollowedFeed feed, boolean created) {
    }

    private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

    private final SubscriptionFiles files;
    private final FollowerOptions options;
    private final Clock clock;
    private final FeedFetcher fetcher;
    private final RobotsRules robots;
    private final FeedPoller poller;
    private final HostGate gate = new HostGate();
    private final Map<String, FollowedFeed> feeds = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private ScheduledExecutorService ticker;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private volatile boolean closed;

    private FeedFollower(ItemSink sink, Path storeDir, FollowerOptions options) throws IOException {
        this.files = new SubscriptionFiles(storeDir);
        this.options = options;
        this.clock = options.clock();
        this.fetcher = new FeedFetcher(options.timeout(), options.maxBytes(), options.allowPrivate(), options.clock());
        this.robots = new RobotsRules(fetcher, clock);
        this.poller = new FeedPoller(fetcher, robots, sink, options);
        this.workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "synoptic-feed-poll");
            t.setDaemon(true);
            return t;
        });
        Instant now = clock.instant();
        for (FollowedFeed f : files.readAll()) {
            feeds.put(f.id(), f.state().nextPoll() == null ? f.with(f.state().dueAt(now)) : f);
        }
    }

    /** A follower over {@code store}, whose folder is {@code storeDir}, with the subscriptions stored there. */
    public static FeedFollower open(ArticleStore store, Path storeDir, FollowerOptions options) throws IOException {
        return new FeedFollower(ItemSink.store(store), storeDir, options);
    }

    /**
     * A follower whose new items go to {@code sink} (a Kafka topic, say) instead of a store; the subscriptions and
     * their state are kept in {@code storeDir} all the same.
     */
    public static FeedFollower open(ItemSink sink, Path storeDir, FollowerOptions options) throws IOException {
        return new FeedFollower(sink, storeDir, options);
    }

    /** The options it polls with. */
    public FollowerOptions options() {
        return options;
    }

    /** Every feed, by label then URL. */
    public List<FollowedFeed> feeds() {
        List<FollowedFeed> all = new ArrayList<>(feeds.values());
        all.sort(Comparator.comparing((FollowedFeed f) -> f.subscription().label() == null ? "" : f.subscription().label())
                .thenComparing(f -> f.subscription().url()));
        return all;
    }

    /** The feed with {@code id}. */
    public Optional<FollowedFeed> feed(String id) {
        return Optional.ofNullable(feeds.get(id));
    }

    /**
     * Subscribes to {@code url}, due at once; a URL already followed (as subscribed or moved to) is answered with its
     * feed, unchanged.
     *
     * @throws IllegalArgumentException for a URL that is not http(s) with a host
     */
    public synchronized Subscribed subscribe(String url, String label) throws IOException {
        String u = Subscription.checkedUrl(url);
        for (FollowedFeed f : feeds.values()) {
            if (f.subscription().url().equals(u) || f.id().equals(Subscription.idOf(u))) {
                return new Subscribed(f, false);
            }
        }
        Instant now = clock.instant();
        FollowedFeed feed = new FollowedFeed(Subscription.of(u, label, now),
                PollState.initial(now, options.initialInterval()), SeenItems.none());
        files.write(feed);
        feeds.put(feed.id(), feed);
        return new Subscribed(feed, true);
    }

    /** Subscribes to every entry not yet followed; the number newly subscribed. */
    public int subscribeAll(List<FeedList.Entry> entries) throws IOException {
        int added = 0;
        for (FeedList.Entry e : entries) {
            if (subscribe(e.url(), e.label()).created()) {
                added++;
            }
        }
        return added;
    }

    /** Pauses or resumes a feed (a resumed feed is due at once); empty when there is no such feed. */
    public synchronized Optional<FollowedFeed> setPaused(String id, boolean paused) throws IOException {
        FollowedFeed f = feeds.get(id);
        if (f == null) {
            return Optional.empty();
        }
        FollowedFeed changed = f.with(f.subscription().withPaused(paused));
        if (!paused && f.subscription().paused()) {
            changed = changed.with(changed.state().dueAt(clock.instant()));
        }
        files.write(changed);
        feeds.put(id, changed);
        return Optional.of(changed);
    }

    /** Stops following a feed and forgets its state; whether there was one. Its stored articles stay. */
    public synchronized boolean unsubscribe(String id) throws IOException {
        if (feeds.remove(id) == null) {
            return false;
        }
        files.delete(id);
        return true;
    }

    /** The subscriptions as OPML 2.0. */
    public String opml() {
        return FeedList.toOpml(feeds().stream().map(FollowedFeed::subscription).toList());
    }

    /**
     * Starts a poll of every due feed whose host is free (see the class comment) and returns at once.
     *
     * @return the polls started
     */
    public List<Future<?>> dispatchDue() {
        List<Future<?>> started = new ArrayList<>();
        if (closed) {
            return started;
        }
        Instant now = clock.instant();
        List<FollowedFeed> due = new ArrayList<>();
        for (FollowedFeed f : feeds.values()) {
            if (!f.subscription().paused() && !inFlight.contains(f.id()) && !f.state().nextPoll().isAfter(now)) {
                due.add(f);
            }
        }
        due.sort(Comparator.comparing((FollowedFeed f) -> f.state().nextPoll()).thenComparing(FollowedFeed::id));
        for (FollowedFeed f : due) {
            String host = f.subscription().host();
            if (gate.tryAcquire(host, now)) {
                inFlight.add(f.id());
                started.add(workers.submit(() -> pollOne(f, host)));
            }
        }
        return started;
    }

    /** Polls every due feed whose host is free and waits for those polls; the number made. For tests and benchmarks. */
    public int pollDue() throws InterruptedException {
        List<Future<?>> started = dispatchDue();
        for (Future<?> f : started) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a poll failed unexpectedly", e.getCause());
            }
        }
        return started.size();
    }

    /** The earliest next poll of an unpaused feed, or {@code null} when none is followed. */
    public Instant nextDue() {
        return feeds.values().stream().filter(f -> !f.subscription().paused()).map(f -> f.state().nextPoll())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private void pollOne(FollowedFeed feed, String host) {
        Duration pause = options.hostDelay();
        try {
            FeedPoller.Result r = poller.poll(feed);
            polls.addAndGet(r.requests());
            if (r.notModified()) {
                notModified.incrementAndGet();
            }
            if (r.failed()) {
                errors.incrementAndGet();
            }
            items.addAndGet(r.stored());
            duplicates.addAndGet(r.duplicates());
            pages.addAndGet(r.pages());
            Duration asked = robots.crawlDelay(r.feed().subscription().url());
            if (asked != null && asked.compareTo(pause) > 0) {
                pause = asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
            }
            record(r.feed());
        } catch (IOException e) {
            System.err.println("error: cannot write the state of feed " + feed.id() + ": " + e.getMessage());
        } finally {
            inFlight.remove(feed.id());
            gate.release(host, clock.instant(), pause);
        }
    }

    /** Keeps a poll's outcome, unless the feed was removed meanwhile; a pause or label set meanwhile is kept. */
    private synchronized void record(FollowedFeed polled) throws IOException {
        FollowedFeed current = feeds.get(polled.id());
        if (current == null) {
            return;
        }
        Subscription s = current.subscription().withUrl(polled.subscription().url());
        FollowedFeed merged = new FollowedFeed(s, polled.state(), polled.seen());
        files.write(merged);
        feeds.put(merged.id(), merged);
    }

    /** Counts since start. */
    public Counters counters() {
        return new Counters(polls.get(), notModified.get(), errors.get(), items.get(), duplicates.get(), robots.fetches(), pages.get());
    }

    /** Polls in the background, checking every second what is due. */
    public synchronized FeedFollower start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "synoptic-feed-ticker");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleWithFixedDelay(() -> {
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    System.err.println("error: feed polling: " + e.getMessage());
                }
            }, 0, 1, TimeUnit.SECONDS);
        }
        return this;
    }

    /**
     * Stops polling and waits for the polls in progress (each bounded by the fetch timeout). Design decision: they
     * are not interrupted, since an interrupt inside a store write closes the index's file channel under it.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        workers.shutdown();
        try {
            workers.awaitTermination(options.timeout().toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
