package org.synoptic.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.model.Article;
import org.synoptic.text.RecurringSentences;

/**
 * Rebuilds a store's in-heap state on open. The story index is restored from the newest {@link StoreCheckpoint}
 * and only the articles stored after it are replayed through it, in arrival order; the articles the checkpoint
 * covers are read as {@link ArticleHead}s only (no text). Without a usable checkpoint (none yet, another clustering
 * configuration, or the index written with another {@link ArticleDocuments#ANALYSIS_VERSION}) every article is
 * replayed through a fresh index. Where the replay assigns an article differently, or the analysis version changed,
 * the article is re-indexed from its stored originals.
 *
 * <p>The recurring-sentence counter gets back the boilerplate learned up to the checkpoint and goes on learning from
 * the replayed articles; sentences it was still counting at the checkpoint start their count again.
 *
 * <p>Reads one document at a time in arrival order, so texts pass through the heap without staying. Used once, by the
 * store's constructor, before any other thread sees the store.
 */
final class StoreReplay {

    /**
     * What the replay leaves.
     *
     * @param assigner       the store's placing rule around the streaming index, which reports to the given
     *                       {@link MergeLog}; its near-copy ring holds the newest articles
     * @param nextSeq        the next arrival number
     * @param checkpointSeq  the arrival number the restored checkpoint covered up to; 0 when none was used
     * @param replayed       articles replayed through the index
     */
    record Result(StoryAssigner assigner, long nextSeq, long checkpointSeq, long replayed) {
    }

    private final IndexWriter writer;
    private final StoreCatalog catalog;
    private final RecurringSentences.Counter recurring;
    private final MergeLog mergeLog;

    StoreReplay(IndexWriter writer, StoreCatalog catalog, RecurringSentences.Counter recurring, MergeLog mergeLog) {
        this.writer = writer;
        this.catalog = catalog;
        this.recurring = recurring;
        this.mergeLog = mergeLog;
    }

    Result replay(StoryClusterer clusterer, StoreCheckpoint checkpoint) throws IOException {
        String written = null;
        String committedLinks = null;
        Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
        for (Map.Entry<String, String> e : commitData == null ? List.<Map.Entry<String, String>>of() : commitData) {
            if (ArticleStore.ANALYSIS_KEY.equals(e.getKey())) {
                written = e.getValue();
            } else if (StoryLinks.COMMIT_KEY.equals(e.getKey())) {
                committedLinks = e.getValue();
            }
        }
        boolean reindexAll = !ArticleDocuments.ANALYSIS_VERSION.equals(written);
        boolean changed = reindexAll;
        long nextSeq = 0;
        long replayed = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            List<long[]> refs = inArrivalOrder(reader);
            long storedUpTo = refs.isEmpty() ? 0 : refs.get(refs.size() - 1)[0] + 1;
            StoryIndex storyIndex = null;
            long from = 0;
            Optional<StoreCheckpoint.Loaded> loaded = reindexAll ? Optional.empty() : checkpoint.latest(storedUpTo);
            if (loaded.isPresent()) {
                try {
                    storyIndex = StoryIndex.restore(clusterer, loaded.get().snapshot(), mergeLog);
                    from = loaded.get().nextSeq();
                    recurring.learn(loaded.get().learned());
                } catch (IllegalArgumentException e) {
                    // the clustering changed since the checkpoint: its stories would be placed by other rules
                    System.getLogger(StoreReplay.class.getName()).log(System.Logger.Level.INFO,
                            "checkpoint not used (" + e.getMessage() + "); replaying every article");
                }
            }
            if (storyIndex == null) {
                storyIndex = clusterer.newIndex(mergeLog);
                from = 0;
            }
            StoryLinks links = new StoryLinks(clusterer, catalog);
            if (from > 0) {
                // the commit's links match its documents; without a checkpoint every article is placed and linked anew
                links.restore(committedLinks);
            }
            StoryAssigner assigner = new StoryAssigner(storyIndex, clusterer, catalog, mergeLog, links);
            ArticleHead[] heads = from > 0 ? heads(reader, refs, from) : new ArticleHead[0];
            int covered = 0;
            while (covered < refs.size() && refs.get(covered)[0] < from) {
                covered++;
            }
            // the checkpoint does not hold the near-copy ring: the newest articles it covers refill it
            int firstRemembered = Math.max(0, covered - StoryAssigner.RECENT);
            int firstLinked = Math.max(0, covered - StoryLinks.WINDOW);
            for (int r = 0; r < refs.size(); r++) {
                long[] ref = refs.get(r);
                LeafReader leaf = reader.leaves().get((int) ref[1]).reader();
                if (ref[0] < from) {
                    ArticleHead head = heads[r];
                    if (!catalog.contains(head.id())) {
                        catalog.add(head);
                    }
                    if (r >= firstRemembered) {
                        Article article = ArticleDocuments.fromDocument(leaf.storedFields().document((int) ref[2])).article();
                        assigner.remember(article);
                        if (r >= firstLinked) {
                            assigner.rememberForLinks(article, head.storyId());
                        }
                    }
                    nextSeq = Math.max(nextSeq, head.seq() + 1);
                    continue;
                }
                StoredArticle stored = ArticleDocuments.fromDocument(leaf.storedFields().document((int) ref[2]));
                if (catalog.contains(stored.id())) {
                    continue; // cannot happen with one writer; tolerate rather than refuse to open
                }
                String storyId = assigner.assign(stored.article());
                replayed++;
                changed |= applyMerges(reader);
                StoredArticle current = storyId.equals(stored.storyId()) ? stored
                        : stored.withStory(storyId).withEntities(List.of());
                if (reindexAll || current != stored) {
                    writer.updateDocument(new Term(ArticleDocuments.ID, current.id()), ArticleDocuments.toDocument(current));
                    changed = true;
                }
                catalog.add(ArticleHead.of(current));
                recurring.observe(current.article());
                nextSeq = Math.max(nextSeq, current.seq() + 1);
            }
            if (changed) {
                writer.setLiveCommitData(List.of(Map.entry(ArticleStore.ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION),
                        Map.entry(StoryLinks.COMMIT_KEY, links.encode())));
                writer.commit();
            }
            return new Result(assigner, nextSeq, from, replayed);
        }
    }

    /**
     * The heads of the articles below {@code from}, by their position in {@code refs}: read from the {@code head} doc
     * values leaf by leaf in document order (doc values go forward only), not from the stored fields, whose blocks
     * hold the texts too.
     */
    private static ArticleHead[] heads(DirectoryReader reader, List<long[]> refs, long from) throws IOException {
        ArticleHead[] heads = new ArticleHead[refs.size()];
        int leaves = reader.leaves().size();
        List<List<int[]>> byLeaf = new ArrayList<>(leaves);
        for (int l = 0; l < leaves; l++) {
            byLeaf.add(new ArrayList<>());
        }
        for (int r = 0; r < refs.size(); r++) {
            long[] ref = refs.get(r);
            if (ref[0] < from) {
                byLeaf.get((int) ref[1]).add(new int[] {(int) ref[2], r});
            }
        }
        for (int l = 0; l < leaves; l++) {
            List<int[]> docs = byLeaf.get(l);
            docs.sort((a, b) -> Integer.compare(a[0], b[0]));
            LeafReader leaf = reader.leaves().get(l).reader();
            org.apache.lucene.index.BinaryDocValues values = leaf.getBinaryDocValues(ArticleDocuments.HEAD);
            for (int[] d : docs) {
                heads[d[1]] = values != null && values.advanceExact(d[0]) ? HeadCodec.decode(values.binaryValue())
                        : ArticleDocuments.headOf(leaf.storedFields().document(d[0], ArticleDocuments.HEAD_FIELDS));
            }
        }
        return heads;
    }

    /** (seq, leaf, doc) of every live document, by seq. */
    private static List<long[]> inArrivalOrder(DirectoryReader reader) throws IOException {
        List<long[]> refs = new ArrayList<>(reader.numDocs());
        for (int l = 0; l < reader.leaves().size(); l++) {
            LeafReader leaf = reader.leaves().get(l).reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues seqs = leaf.getNumericDocValues(ArticleDocuments.SEQ);
            StoredFields fields = leaf.storedFields();
            for (int i = 0; i < leaf.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    long seq = seqs != null && seqs.advanceExact(i) ? seqs.longValue()
                            : fields.document(i, java.util.Set.of(ArticleDocuments.SEQ)).getField(ArticleDocuments.SEQ)
                                    .numericValue().longValue();
                    refs.add(new long[] {seq, l, i});
                }
            }
        }
        refs.sort((a, b) -> Long.compare(a[0], b[0]));
        return refs;
    }

    /**
     * Moves the articles of stories merged by the last add to their survivors, rewriting their documents.
     *
     * @return whether any article moved
     */
    private boolean applyMerges(DirectoryReader reader) throws IOException {
        boolean moved = false;
        for (MergeLog.Merge merge : mergeLog.drain()) {
            for (String id : catalog.merge(merge.fromStoryId(), merge.intoStoryId())) {
                moved = true;
                rewrite(id, reader);
            }
        }
        return moved;
    }

    /** Rewrites an article with its new story; its originals come from the replay's reader (they never change). */
    private void rewrite(String id, DirectoryReader reader) throws IOException {
        ArticleHead head = catalog.get(id);
        for (var leaf : reader.leaves()) {
            var postings = leaf.reader().postings(new Term(ArticleDocuments.ID, id));
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    StoredArticle s = ArticleDocuments.fromDocument(leaf.reader().storedFields().document(doc));
                    StoredArticle moved = new StoredArticle(s.article(), head.seq(), head.ingested(), head.storyId(),
                            head.contentHash(), List.of());
                    writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(moved));
                    return;
                }
            }
        }
    }
}
