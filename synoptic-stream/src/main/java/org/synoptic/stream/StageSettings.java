package org.synoptic.stream;

import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;

/**
 * The stage configurations the job shares with the single-JVM store ({@code StoreOptions.defaults()} and
 * {@code StoryAssigner}): the fast tier and the ordered assignment must use the same ones, or the term vectors would
 * not fit the index and a restored snapshot would be refused.
 */
final class StageSettings {

    /** Articles the near-copy ring keeps; the store's {@code StoryAssigner.RECENT}. */
    static final int RECENT = 10_000;

    private StageSettings() {
    }

    static StoryClusterer clusterer() {
        return StoryClusterer.defaults();
    }

    static SyndicationGrouper grouper() {
        return SyndicationGrouper.defaults();
    }
}
