package org.synoptic.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.synoptic.model.Article;

/**
 * Reads stored articles' originals (text and input fields) and entity strings from the index when they are needed,
 * with a small least-recently-used cache for the stories being read now, so the heap does not hold every text.
 *
 * <p>Articles written but not yet visible to a refreshed searcher are served from a side table until the refresh
 * that shows them ({@link #written}, {@link #refreshed}).
 *
 * <p>Thread-safe.
 */
final class ArticleReader {

    /** An article's originals as stored, with the entity strings last written to its document. */
    record Original(Article article, List<String> entities) {
    }

    private record Unrefreshed(Original original, long generation) {
    }

    private final SearcherManager searchers;
    private final Map<String, Original> cache;
    private final Map<String, Unrefreshed> unrefreshed = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    ArticleReader(SearcherManager searchers, int cacheSize) {
        this.searchers = searchers;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Original> eldest) {
                return size() > cacheSize;
            }
        });
    }

    /** The stored article of this head: originals from the cache or the index, story and keys from the head. */
    StoredArticle stored(ArticleHead head) {
        Original o = original(head.id()).orElseThrow(
                () -> new IllegalStateException("article " + head.id() + " is in the catalog but not in the index"));
        return new StoredArticle(o.article(), head.seq(), head.ingested(), head.storyId(), head.contentHash(), o.entities());
    }

    /** The articles of these ids, in order (a story's members). */
    List<Article> articles(List<String> ids) {
        List<Article> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(original(id).orElseThrow(() -> new IllegalStateException("article " + id + " is not in the index"))
                    .article());
        }
        return out;
    }

    /** The article's originals; empty when it is not stored. */
    Optional<Original> original(String id) {
        Unrefreshed fresh = unrefreshed.get(id);
        if (fresh != null) {
            return Optional.of(fresh.original());
        }
        Original cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Original> read = read(id);
        read.ifPresent(o -> cache.put(id, o));
        return read;
    }

    private Optional<Original> read(String id) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocuments.ID, id)), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                StoredArticle s = ArticleDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc));
                return Optional.of(new Original(s.article(), s.entities()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes a document written (added or rewritten) and not yet visible to searches. */
    void written(Article article, List<String> entities) {
        Original o = new Original(article, List.copyOf(entities));
        unrefreshed.put(article.id(), new Unrefreshed(o, generation.incrementAndGet()));
        cache.computeIfPresent(article.id(), (k, old) -> o);
    }

    /** Notes new entity strings written to an article's document; searches see them after their next refresh. */
    void entitiesWritten(String id, List<String> entities) {
        List<String> copy = List.copyOf(entities);
        cache.computeIfPresent(id, (k, old) -> new Original(old.article(), copy));
        unrefreshed.computeIfPresent(id, (k, u) -> new Unrefreshed(new Original(u.original().article(), copy), u.generation()));
    }

    /** Marks a refresh: call {@code before} first and pass its value once the refresh has finished. */
    long beforeRefresh() {
        return generation.get();
    }

    /** Drops from the side table what the refresh that started at {@code before} has made visible. */
    void refreshed(long before) {
        unrefreshed.values().removeIf(u -> u.generation() <= before);
    }

    /** Forgets removed articles. */
    void removed(List<String> ids) {
        for (String id : ids) {
            unrefreshed.remove(id);
            cache.remove(id);
        }
    }
}
