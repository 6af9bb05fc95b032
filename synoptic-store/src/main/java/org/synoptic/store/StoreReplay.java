package org.synoptic.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryMerge;
import org.synoptic.text.RecurringSentences;

/**
 * Rebuilds a store's in-heap state on open: replays the stored articles in arrival order through a fresh
 * {@link StoryIndex} (which re-derives every story), the recurring-sentence counter and the {@link StoreCatalog}.
 * Where the replay assigns an article differently (the clustering changed) or the index was written with another
 * {@link ArticleDocuments#ANALYSIS_VERSION}, the article is re-indexed from its stored originals.
 *
 * <p>Reads one document at a time in arrival order, so the texts pass through the heap without staying there. Used
 * once, by the store's constructor, before any other thread sees the store.
 */
final class StoreReplay {

    /** What the replay leaves: the next arrival number. */
    record Result(long nextSeq) {
    }

    private final IndexWriter writer;
    private final StoryIndex storyIndex;
    private final StoreCatalog catalog;
    private final RecurringSentences.Counter recurring;

    StoreReplay(IndexWriter writer, StoryIndex storyIndex, StoreCatalog catalog, RecurringSentences.Counter recurring) {
        this.writer = writer;
        this.storyIndex = storyIndex;
        this.catalog = catalog;
        this.recurring = recurring;
    }

    Result replay() throws IOException {
        String written = null;
        Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
        for (Map.Entry<String, String> e : commitData == null ? List.<Map.Entry<String, String>>of() : commitData) {
            if (ArticleStore.ANALYSIS_KEY.equals(e.getKey())) {
                written = e.getValue();
            }
        }
        boolean reindexAll = !ArticleDocuments.ANALYSIS_VERSION.equals(written);
        boolean changed = reindexAll;
        long nextSeq = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (long[] ref : inArrivalOrder(reader)) {
                LeafReader leaf = reader.leaves().get((int) ref[1]).reader();
                StoredArticle stored = ArticleDocuments.fromDocument(leaf.storedFields().document((int) ref[2]));
                if (catalog.contains(stored.id())) {
                    continue; // cannot happen with one writer; tolerate rather than refuse to open
                }
                int mergesBefore = storyIndex.mergeCount();
                String storyId = storyIndex.add(stored.article());
                changed |= applyMerges(mergesBefore, reader);
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
        }
        if (changed) {
            writer.setLiveCommitData(List.of(Map.entry(ArticleStore.ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION)));
            writer.commit();
        }
        return new Result(nextSeq);
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
     * Moves the articles of stories merged during the replay to their survivors, rewriting their documents.
     *
     * @return whether any article moved
     */
    private boolean applyMerges(int from, DirectoryReader reader) throws IOException {
        if (storyIndex.mergeCount() == from) {
            return false;
        }
        boolean moved = false;
        List<StoryMerge> merges = storyIndex.merges();
        for (StoryMerge merge : merges.subList(from, merges.size())) {
            for (String id : catalog.merge(merge.mergedId(), merge.survivorId())) {
                // the moved articles were replayed already: rewrite them with the survivor's id
                moved = true;
                rewrite(id, reader);
            }
        }
        return moved;
    }

    /** Rewrites an article with its new story; its originals come from the replay's reader (they never change). */
    private void rewrite(String id, DirectoryReader reader) throws IOException {
        ArticleHead head = catalog.get(id);
        {
            StoredFields fields;
            for (var leaf : reader.leaves()) {
                var postings = leaf.reader().postings(new Term(ArticleDocuments.ID, id));
                if (postings != null) {
                    int doc = postings.nextDoc();
                    Bits live = leaf.reader().getLiveDocs();
                    while (doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS && live != null && !live.get(doc)) {
                        doc = postings.nextDoc();
                    }
                    if (doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                        fields = leaf.reader().storedFields();
                        StoredArticle s = ArticleDocuments.fromDocument(fields.document(doc));
                        StoredArticle moved = new StoredArticle(s.article(), head.seq(), head.ingested(), head.storyId(),
                                head.contentHash(), List.of());
                        writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(moved));
                        return;
                    }
                }
            }
        }
    }
}
