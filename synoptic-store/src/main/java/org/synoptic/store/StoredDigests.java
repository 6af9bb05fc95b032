package org.synoptic.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigester;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Sentence;
import org.synoptic.text.RecurringSentences;

/**
 * What the deep tier computed, kept on disk so a restart does not compute it again: each story's latest digest with
 * the story version it was built for, and each analysed article's analysis with what it depended on (its inferred
 * publication date, the story's date anchor and which of its sentences were learned boilerplate).
 *
 * <p>The {@value #HISTORY} digests a story had before its latest are kept too ({@link #digestAt}), so that "what
 * changed since version N" compares whole digests, not only the reports added.
 *
 * <p>Lives in its own Lucene index under {@code DIR/derived}, apart from the articles: everything here can be
 * recomputed from the articles, so it is committed after each digest, not with the ingest batches, and losing a
 * commit costs a recomputation, never data. The heap holds each story's {@link Head} (version, headline, count of
 * independent sources) and a few recently read digests; digests and analyses are read from the index on demand.
 *
 * <p>Thread-safe.
 */
final class StoredDigests implements Closeable {

    /** What a story list needs of a stored digest. */
    record Head(int version, String headline, int independentSources) {
    }

    private static final String KEY = "key";
    /** The field that names the story of an earlier digest, so that forgetting a story forgets its history. */
    private static final String HISTORY_OF = "historyOf";
    /** Earlier digests kept per story, besides the latest. */
    static final int HISTORY = 8;
    private static final String JSON = "json";
    private static final int DIGEST_CACHE = 64;
    private static final long COMMIT_INTERVAL_NANOS = 1_000_000_000L;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Head> heads = new ConcurrentHashMap<>();
    /** Per story, the versions of its earlier digests kept; guarded by {@link #heads}'s lock for writes. */
    private final Map<String, java.util.NavigableSet<Integer>> history = new ConcurrentHashMap<>();
    private volatile long lastCommit = System.nanoTime();
    private final Map<String, VersionedDigest> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, VersionedDigest> eldest) {
                    return size() > DIGEST_CACHE;
                }
            });

    StoredDigests(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        loadHeads();
    }

    private void loadHeads() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document d = fields.document(i, Set.of(KEY, "version", "headline", "independent"));
                        String key = d.get(KEY);
                        if (key.startsWith("d:")) {
                            heads.put(key.substring(2), new Head(d.getField("version").numericValue().intValue(),
                                    d.get("headline"), d.getField("independent").numericValue().intValue()));
                        } else if (key.startsWith("h:")) {
                            int at = key.lastIndexOf('@');
                            history.computeIfAbsent(key.substring(2, at), k -> new java.util.concurrent.ConcurrentSkipListSet<>())
                                    .add(Integer.parseInt(key.substring(at + 1)));
                        }
                    }
                }
            }
        }
    }

    /** The head of the story's stored digest; empty when none is stored. */
    Optional<Head> head(String storyId) {
        return Optional.ofNullable(heads.get(storyId));
    }

    /** The story's stored digest; empty when none is stored. */
    Optional<VersionedDigest> digest(String storyId) {
        if (!heads.containsKey(storyId)) {
            return Optional.empty();
        }
        VersionedDigest cached = recent.get(storyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<VersionedDigest> read = find("d:" + storyId).map(d -> new VersionedDigest(
                parse(d.getBinaryValue(JSON).bytes, StoryDigest.class), d.getField("version").numericValue().intValue()));
        read.ifPresent(v -> recent.put(storyId, v));
        return read;
    }

    /**
     * Keeps the story's digest unless a newer version is kept already.
     *
     * @return the digest kept now (the given one or the newer)
     */
    VersionedDigest put(String storyId, VersionedDigest digest) throws IOException {
        synchronized (heads) {
            Head old = heads.get(storyId);
            if (old != null && old.version() > digest.version()) {
                return digest(storyId).orElse(digest);
            }
            if (old != null && old.version() < digest.version()) {
                keepEarlier(storyId);
            }
            StoryDigest d = digest.digest();
            int independent = (int) d.articles().stream().map(StoryDigest.ArticleRef::syndicationGroup).distinct().count();
            Document doc = new Document();
            doc.add(new StringField(KEY, "d:" + storyId, Field.Store.YES));
            doc.add(new StoredField("version", digest.version()));
            doc.add(new StoredField("headline", d.headline() == null ? "" : d.headline()));
            doc.add(new StoredField("independent", independent));
            doc.add(new StoredField(JSON, MAPPER.writeValueAsBytes(d)));
            writer.updateDocument(new Term(KEY, "d:" + storyId), doc);
            heads.put(storyId, new Head(digest.version(), d.headline(), independent));
            recent.put(storyId, digest);
            return digest;
        }
    }

    /** Keeps the story's current digest as an earlier one, dropping the oldest beyond {@value #HISTORY}. */
    private void keepEarlier(String storyId) throws IOException {
        Optional<VersionedDigest> current = digest(storyId);
        if (current.isEmpty()) {
            return;
        }
        int version = current.get().version();
        Document doc = new Document();
        doc.add(new StringField(KEY, historyKey(storyId, version), Field.Store.YES));
        doc.add(new StringField(HISTORY_OF, storyId, Field.Store.NO));
        doc.add(new StoredField("version", version));
        doc.add(new StoredField(JSON, MAPPER.writeValueAsBytes(current.get().digest())));
        writer.updateDocument(new Term(KEY, historyKey(storyId, version)), doc);
        java.util.NavigableSet<Integer> versions = history.computeIfAbsent(storyId,
                k -> new java.util.concurrent.ConcurrentSkipListSet<>());
        versions.add(version);
        while (versions.size() > HISTORY) {
            writer.deleteDocuments(new Term(KEY, historyKey(storyId, versions.pollFirst())));
        }
    }

    private static String historyKey(String storyId, int version) {
        return "h:" + storyId + "@" + version;
    }

    /**
     * The story's digest as it stood at {@code version}: the latest stored digest built for at most that many
     * reports, the current one included; empty when every kept digest is newer (or none is stored).
     */
    Optional<VersionedDigest> digestAt(String storyId, int version) {
        Head head = heads.get(storyId);
        if (head == null) {
            return Optional.empty();
        }
        if (head.version() <= version) {
            return digest(storyId);
        }
        java.util.NavigableSet<Integer> versions = history.get(storyId);
        Integer earlier = versions == null ? null : versions.floor(version);
        if (earlier == null) {
            return Optional.empty();
        }
        return find(historyKey(storyId, earlier)).map(d -> new VersionedDigest(
                parse(d.getBinaryValue(JSON).bytes, StoryDigest.class), d.getField("version").numericValue().intValue()));
    }

    /** The stored analysis of an article, whatever it was anchored at; empty when it was never analysed. */
    Optional<ArticleAnalysis> analysis(String articleId) {
        return find("a:" + articleId).map(d -> parse(d.getBinaryValue(JSON).bytes, ArticleAnalysis.class));
    }

    /**
     * The analyses kept here, as the digester asks for them: a kept analysis is reused when it was made for the same
     * publication date, the same story date and the same learned boilerplate among its sentences; otherwise the
     * article is analysed and the analysis kept (uncommitted; {@link #commit()} follows the digest).
     */
    StoryDigester.Analyses analyses(RecurringSentences recurring) {
        return (article, storyDate, analyze) -> {
            String key = "a:" + article.id();
            Optional<Document> kept = find(key);
            if (kept.isPresent() && same(kept.get().get("published"), article.published())
                    && same(kept.get().get("anchor"), storyDate)) {
                ArticleAnalysis a = parse(kept.get().getBinaryValue(JSON).bytes, ArticleAnalysis.class);
                if (recurringMarks(a, recurring).equals(kept.get().get("recurring"))) {
                    return a;
                }
            }
            ArticleAnalysis fresh = analyze.apply(article);
            keep(key, fresh, storyDate, recurringMarks(fresh, recurring));
            return fresh;
        };
    }

    private void keep(String key, ArticleAnalysis analysis, String storyDate, String marks) {
        try {
            Document doc = new Document();
            doc.add(new StringField(KEY, key, Field.Store.YES));
            if (analysis.article().published() != null) {
                doc.add(new StoredField("published", analysis.article().published()));
            }
            if (storyDate != null) {
                doc.add(new StoredField("anchor", storyDate));
            }
            doc.add(new StoredField("recurring", marks));
            doc.add(new StoredField(JSON, MAPPER.writeValueAsBytes(analysis)));
            writer.updateDocument(new Term(KEY, key), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indices of the analysis' sentences that are learned boilerplate of its outlet, comma-separated. */
    private static String recurringMarks(ArticleAnalysis analysis, RecurringSentences recurring) {
        StringBuilder marks = new StringBuilder();
        List<Sentence> sentences = analysis.sentences();
        Article a = analysis.article();
        for (int i = 0; i < sentences.size(); i++) {
            if (recurring.contains(a.outlet(), sentences.get(i).text())) {
                marks.append(i).append(',');
            }
        }
        return marks.toString();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Forgets the digests of these stories. */
    void deleteDigests(Collection<String> storyIds) throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String id : storyIds) {
            heads.remove(id);
            recent.remove(id);
            history.remove(id);
            terms.add(new Term(KEY, "d:" + id));
            terms.add(new Term(HISTORY_OF, id));
        }
        writer.deleteDocuments(terms.toArray(Term[]::new));
    }

    /** Forgets the analyses of these articles. */
    void deleteAnalyses(Collection<String> articleIds) throws IOException {
        writer.deleteDocuments(articleIds.stream().map(id -> new Term(KEY, "a:" + id)).toArray(Term[]::new));
    }

    /**
     * Makes what was kept visible at once and durable within {@link #COMMIT_INTERVAL_NANOS}: a commit (an fsync) per
     * digest would cost more than many digests; a crash loses at most the last second's digests, which are recomputed.
     */
    void commit() throws IOException {
        searchers.maybeRefreshBlocking();
        long now = System.nanoTime();
        if (now - lastCommit >= COMMIT_INTERVAL_NANOS) {
            lastCommit = now;
            writer.commit();
        }
    }

    private Optional<Document> find(String key) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(KEY, key)), 1);
                return top.scoreDocs.length == 0 ? Optional.empty()
                        : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " does not read back", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer.isOpen()) {
            searchers.close();
            writer.commit();
            writer.close();
            directory.close();
        }
    }
}
