package org.synoptic.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigester;
import org.synoptic.digest.StoryMaterial;

/**
 * The stages a store runs and how: the fast tier on ingest (story clustering) and the deep tier per story (the one
 * {@link StoryDigester} the command line uses too). Immutable; the stages are shared by all threads of the store.
 *
 * @param clusterer      assigns articles to stories, in arrival order
 * @param digester       builds a story's digest from its members
 * @param digestThreads  threads that compute digests in the background (at least 1)
 * @param debounce       how long a story must not grow before its digest is computed
 * @param clock          the store's clock: ingest times and retention
 * @param textCache      article originals kept in the heap for the stories being read (at least 1)
 * @param checkpointEvery articles stored between two checkpoints of the story index (at least 1); opening replays at
 *                       most about this many articles
 * @param maxPendingDigests stories that may wait for a background digest (at least 1); when one more grows, the one
 *                       that grew longest ago is shed from the queue, counted, and served stale until it grows or is
 *                       read ({@link DigestScheduler})
 */
public record StoreOptions(StoryClusterer clusterer, StoryDigester digester, int digestThreads, Duration debounce,
                           Clock clock, int textCache, int checkpointEvery, int maxPendingDigests) {

    /** Default debounce: a story that has been quiet for two seconds gets its digest. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);

    /**
     * Default bound on the stories waiting for a digest: 500. Design decision: a backlog is worth keeping only while
     * it is worked off in minutes (a small story's digest takes a fraction of a second to seconds on one core); the
     * stories shed beyond it are those that moved longest ago, whose stale digest readers are least likely to open.
     */
    public static final int DEFAULT_MAX_PENDING_DIGESTS = 500;

    public StoreOptions {
        Objects.requireNonNull(clusterer, "clusterer");
        Objects.requireNonNull(digester, "digester");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(clock, "clock");
        if (digestThreads < 1) {
            throw new IllegalArgumentException("digestThreads must be at least 1: " + digestThreads);
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        if (textCache < 1) {
            throw new IllegalArgumentException("textCache must be at least 1: " + textCache);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1: " + checkpointEvery);
        }
        if (maxPendingDigests < 1) {
            throw new IllegalArgumentException("maxPendingDigests must be at least 1: " + maxPendingDigests);
        }
    }

    /** Options without a bound of their own on waiting digests: {@link #DEFAULT_MAX_PENDING_DIGESTS}. */
    public StoreOptions(StoryClusterer clusterer, StoryDigester digester, int digestThreads, Duration debounce,
                        Clock clock, int textCache, int checkpointEvery) {
        this(clusterer, digester, digestThreads, debounce, clock, textCache, checkpointEvery, DEFAULT_MAX_PENDING_DIGESTS);
    }

    /** Synoptic's standard stages, one background digest thread, the system clock. */
    public static StoreOptions defaults() {
        return new StoreOptions(StoryClusterer.defaults(), StoryDigester.standard(), 1, DEFAULT_DEBOUNCE,
                Clock.systemUTC(), 2048, 5000);
    }

    /** The same options with another digester. */
    public StoreOptions withDigester(StoryDigester newDigester) {
        return new StoreOptions(clusterer, newDigester, digestThreads, debounce, clock, textCache, checkpointEvery, maxPendingDigests);
    }

    /** The same options with another last step of the digest (tests wrap the standard one). */
    public StoreOptions withDigestBuilder(Function<StoryMaterial, StoryDigest> builder) {
        return withDigester(digester.withBuilder(builder));
    }

    /** The same options with another debounce. */
    public StoreOptions withDebounce(Duration newDebounce) {
        return new StoreOptions(clusterer, digester, digestThreads, newDebounce, clock, textCache, checkpointEvery, maxPendingDigests);
    }

    /** The same options with another checkpoint interval. */
    public StoreOptions withCheckpointEvery(int articles) {
        return new StoreOptions(clusterer, digester, digestThreads, debounce, clock, textCache, articles, maxPendingDigests);
    }

    /** The same options with another bound on the stories waiting for a digest. */
    public StoreOptions withMaxPendingDigests(int stories) {
        return new StoreOptions(clusterer, digester, digestThreads, debounce, clock, textCache, checkpointEvery, stories);
    }

    /** The same options with another clock. */
    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(clusterer, digester, digestThreads, debounce, newClock, textCache, checkpointEvery, maxPendingDigests);
    }
}
