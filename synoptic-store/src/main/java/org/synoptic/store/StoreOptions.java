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
 */
public record StoreOptions(StoryClusterer clusterer, StoryDigester digester, int digestThreads, Duration debounce,
                           Clock clock, int textCache, int checkpointEvery) {

    /** Default debounce: a story that has been quiet for two seconds gets its digest. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);

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
    }

    /** Synoptic's standard stages, one background digest thread, the system clock. */
    public static StoreOptions defaults() {
        return new StoreOptions(StoryClusterer.defaults(), StoryDigester.standard(), 1, DEFAULT_DEBOUNCE,
                Clock.systemUTC(), 2048, 5000);
    }

    /** The same options with another digester. */
    public StoreOptions withDigester(StoryDigester newDigester) {
        return new StoreOptions(clusterer, newDigester, digestThreads, debounce, clock, textCache, checkpointEvery);
    }

    /** The same options with another last step of the digest (tests wrap the standard one). */
    public StoreOptions withDigestBuilder(Function<StoryMaterial, StoryDigest> builder) {
        return withDigester(digester.withBuilder(builder));
    }

    /** The same options with another debounce. */
    public StoreOptions withDebounce(Duration newDebounce) {
        return new StoreOptions(clusterer, digester, digestThreads, newDebounce, clock, textCache, checkpointEvery);
    }

    /** The same options with another checkpoint interval. */
    public StoreOptions withCheckpointEvery(int articles) {
        return new StoreOptions(clusterer, digester, digestThreads, debounce, clock, textCache, articles);
    }

    /** The same options with another clock. */
    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(clusterer, digester, digestThreads, debounce, newClock, textCache, checkpointEvery);
    }
}
