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
 * <p>Stories of the index are one language each; a German and an English story of one event are linked into one store
 * story ({@link StoryLinks}, with the clusterer's {@link org.synoptic.cluster.StoryLinker} rules) as their articles
 * arrive. The index's merges and the links both reach the store as merges of store stories, in the {@link MergeLog}:
 * {@link #assign} translates the index's merges (index story ids) into store merges before it returns.
 *
 * <p>Mutable and not thread-safe: called under the store's write lock, or by the replay before the store is shared.
 */
final class StoryAssigner {

    /** Articles the near-copy ring keeps: about 10 hours of a newsroom's intake at 1,000 reports an hour. */
    static final int RECENT = 10_000;

    private final StoryIndex storyIndex;
    private final StoryClusterer clusterer;
    private final StoreCatalog catalog;
    private final MergeLog mergeLog;
    private final StoryLinks links;
    private final NearCopyIndex nearCopies = new NearCopyIndex(SyndicationGrouper.defaults(), RECENT);
    /** Written under the store's write lock, read by any thread ({@link ArticleStore#counters()}). */
    private volatile long copies;

    /**
     * @param mergeLog the index's listener: {@link #assign} drains the index's merges from it and leaves the store
     *                 merges (index merges translated, and links) in it for the store to apply
     * @param links    the store's links, restored from the last commit or empty
     */
    StoryAssigner(StoryIndex storyIndex, StoryClusterer clusterer, StoreCatalog catalog, MergeLog mergeLog,
                  StoryLinks links) {
        this.storyIndex = Objects.requireNonNull(storyIndex, "storyIndex");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mergeLog = Objects.requireNonNull(mergeLog, "mergeLog");
        this.links = Objects.requireNonNull(links, "links");
    }

    /** The store's links between German and English stories. */
    StoryLinks links() {
        return links;
    }

    /** The story index behind this rule. */
    StoryIndex storyIndex() {
        return storyIndex;
    }

    /**
     * Places an article that is not yet in the catalog and returns its store story id. The store merges it causes (the
     * index merged two stories, or the article's story was linked to a story of the other language) are left in the
     * merge log, in order, for the caller to apply.
     */
    String assign(Article article) {
        Optional<String> original = nearCopies.observe(article).filter(catalog::contains);
        String indexStoryId;
        if (original.isPresent()) {
            copies = copies + 1; // one writer
            String storyId = catalog.get(original.get()).storyId();
            indexStoryId = storyIndex.addCopy(article, clusterer.termVector(article),
                    links.indexStoryOf(storyId, catalog.get(original.get()).language()));
        } else {
            indexStoryId = storyIndex.add(article);
        }
        for (MergeLog.Merge merge : mergeLog.drain()) {
            links.indexMerged(merge.fromStoryId(), merge.intoStoryId())
                    .ifPresent(m -> mergeLog.merged(m.fromStoryId(), m.intoStoryId()));
        }
        links.place(article, links.resolve(indexStoryId)).ifPresent(m -> mergeLog.merged(m.fromStoryId(), m.intoStoryId()));
        return links.resolve(indexStoryId);
    }

    /** Records an article the checkpoint already placed, so that later near-copies find it. */
    void remember(Article article) {
        nearCopies.observe(article);
    }

    /** Records an article the checkpoint already placed in {@code storyId}, so that later links weigh it. */
    void rememberForLinks(Article article, String storyId) {
        links.remember(article, storyId);
    }

    /** Takes a store story out of the index's active set, with the index stories linked into it. */
    void retire(String storyId) {
        links.retire(storyId).forEach(storyIndex::retire);
    }

    /** The number of articles placed as near-copies since this assigner was made. */
    long copies() {
        return copies;
    }
}
