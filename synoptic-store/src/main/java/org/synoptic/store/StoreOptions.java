package org.synoptic.store;

import java.util.Objects;
import java.util.function.Function;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryMaterial;
import org.synoptic.nlp.ArticleAnalyzer;

/**
 * The stages a store runs: the fast tier on ingest (story clustering) and the deep tier per story (analysis,
 * syndication groups, digest). Immutable; the stages are shared by all threads of the store.
 *
 * @param clusterer      assigns articles to stories, in arrival order
 * @param analyzer       reads one article with the deep tier
 * @param grouper        finds syndicated copies among a story's articles
 * @param digester       builds a story's digest from its material
 * @param digestThreads  threads that compute digests in the background (at least 1)
 */
public record StoreOptions(StoryClusterer clusterer, ArticleAnalyzer analyzer, SyndicationGrouper grouper,
                           Function<StoryMaterial, StoryDigest> digester, int digestThreads) {

    public StoreOptions {
        Objects.requireNonNull(clusterer, "clusterer");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(grouper, "grouper");
        Objects.requireNonNull(digester, "digester");
        if (digestThreads < 1) {
            throw new IllegalArgumentException("digestThreads must be at least 1: " + digestThreads);
        }
    }

    /** Synoptic's standard stages and one background digest thread. */
    public static StoreOptions defaults() {
        DigestBuilder builder = DigestBuilder.standard();
        return new StoreOptions(StoryClusterer.defaults(), ArticleAnalyzer.standard(), SyndicationGrouper.defaults(),
                builder::build, 1);
    }

    /** The same options with another digest function (tests wrap the standard one). */
    public StoreOptions withDigester(Function<StoryMaterial, StoryDigest> newDigester) {
        return new StoreOptions(clusterer, analyzer, grouper, newDigester, digestThreads);
    }
}
