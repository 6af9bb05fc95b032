package org.synoptic.store;

import java.util.Objects;
import java.util.Optional;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.dedupe.NearCopyIndex;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.model.Article;

/**
 * The store's one rule for placing an article in a story, used on ingest and on replay alike: a near-copy of a
 * recent stored report (the same syndication group, {@link NearCopyIndex}) joins that report's story, however cold the
 * story is ({@link StoryIndex#addCopy}); every other article goes to the story index ({@link StoryIndex#add}).
 *
 * <p>The near-copy ring holds the last {@link #RECENT} articles. It is not part of the checkpoint: opening a store
 * refills it from the stored texts of the articles the checkpoint covers ({@link #remember}), so that the replay
 * places articles as the uninterrupted run did.
 *
 * <p>Mutable and not thread-safe: called under the store's write lock, or by the replay before the store is shared.
 */
final class StoryAssigner {

    /** Articles the near-copy ring keeps: about 10 hours of a newsroom's intake at 1,000 reports an hour. */
    static final int RECENT = 10_000;

    private final StoryIndex storyIndex;
    private final StoryClusterer clusterer;
    private final StoreCatalog catalog;
    private final NearCopyIndex nearCopies = new NearCopyIndex(SyndicationGrouper.defaults(), RECENT);
    /** Written under the store's write lock, read by any thread ({@link ArticleStore#counters()}). */
    private volatile long copies;

    StoryAssigner(StoryIndex storyIndex, StoryClusterer clusterer, StoreCatalog catalog) {
        this.storyIndex = Objects.requireNonNull(storyIndex, "storyIndex");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The story index behind this rule. */
    StoryIndex storyIndex() {
        return storyIndex;
    }

    /**
     * Places an article that is not yet in the catalog and returns its story id. Merges the index makes go to its
     * listener, as with {@link StoryIndex#add}.
     */
    String assign(Article article) {
        Optional<String> original = nearCopies.observe(article).filter(catalog::contains);
        if (original.isPresent()) {
            copies = copies + 1; // one writer
            return storyIndex.addCopy(article, clusterer.termVector(article), catalog.get(original.get()).storyId());
        }
        return storyIndex.add(article);
    }

    /** Records an article the checkpoint already placed, so that later near-copies find it. */
    void remember(Article article) {
        nearCopies.observe(article);
    }

    /** The number of articles placed as near-copies since this assigner was made. */
    long copies() {
        return copies;
    }
}
