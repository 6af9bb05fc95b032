package org.synoptic.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryMerge;
import org.synoptic.digest.PublicationDates;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryMaterial;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;

/**
 * The durable store of one Synoptic instance, in a folder: articles with their original input fields and cleaned
 * text, their story assignment, search over them, and the stories' digests.
 *
 * <p><b>Durability.</b> Everything durable lives in one Lucene index under {@code DIR/index}. Each
 * {@link #ingest(List)} batch ends with a Lucene commit, which is atomic: after a crash (even SIGKILL) the store
 * opens with every batch committed before it and none of the batch in flight. Ingesting again then stores exactly
 * the missing articles, because an article already stored is recognised by its URL or its content hash and not
 * stored twice.
 *
 * <p><b>Stories.</b> The clustering state is not stored: on open, the stored articles are replayed in arrival order
 * through a fresh {@link StoryIndex}, which re-derives every story. Where the replay assigns an article differently
 * (the clustering changed) or the index was written with another {@link ArticleDocuments#ANALYSIS_VERSION}, the
 * article is re-indexed from its stored originals. When the index merges two stories (an article bridged them), the
 * younger story's articles move to the older story's id, in memory and in their documents.
 *
 * <p><b>Digests</b> (the deep tier) are computed per story in a background executor and cached per story version
 * (the number of its articles). When a story grows, its digest is recomputed; meanwhile {@link #digest(String)}
 * serves the previous version. The digest's merged entity names and spelling variants are written to each article's
 * {@code entities} field, so a search for one spelling finds the others.
 *
 * <p>Thread-safe: ingests are serialised; reads and searches run concurrently with them and see each batch once it
 * is committed.
 */
public final class ArticleStore implements Closeable {

    private static final String ANALYSIS_KEY = "synoptic.analysis";
    private static final int ANALYSIS_CACHE = 4096;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = ArticleDocuments.analyzer();
    private final StoreOptions options;
    private final StoryIndex storyIndex;
    private final StoreSearcher searcher;
    private final Object writeLock = new Object();
    private final Object entityLock = new Object();

    private final Map<String, StoredArticle> articles = new ConcurrentHashMap<>();
    private final Map<String, String> byUrl = new ConcurrentHashMap<>();
    private final Map<String, String> byHash = new ConcurrentHashMap<>();
    /** Story id to member ids in arrival order; each list is immutable and replaced when the story grows. */
    private final Map<String, List<String>> members = new ConcurrentHashMap<>();
    private final Map<String, VersionedDigest> digests = new ConcurrentHashMap<>();
    private final Map<String, ArticleAnalysis> analyses = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
                    return size() > ANALYSIS_CACHE;
                }
            });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService digestExecutor;
    private final AtomicLong nextSeq = new AtomicLong();
    private final AtomicLong storedCount = new AtomicLong();
    private final AtomicLong duplicateCount = new AtomicLong();
    private final AtomicLong digestCount = new AtomicLong();
    private volatile List<StorySummary> storyList;
    /** A digest changed a headline or source count since the story list was built. */
    private volatile boolean headlinesChanged;
    private volatile long storyListBuilt;
    /** Digests refresh the story list at most this often; new articles refresh it at once. */
    private static final long HEADLINE_REFRESH_MILLIS = 1000;

    private ArticleStore(Path dir, StoreOptions options) throws IOException {
        this.options = options;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir.resolve("index"));
        this.writer = new IndexWriter(directory,
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.storyIndex = options.clusterer().newIndex();
        replay();
        this.searchers = new SearcherManager(writer, null);
        this.searcher = new StoreSearcher(searchers, analyzer, articles::get);
        AtomicInteger threadNumber = new AtomicInteger();
        this.digestExecutor = Executors.newFixedThreadPool(options.digestThreads(), r -> {
            Thread t = new Thread(r, "synoptic-digest-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        for (Map.Entry<String, List<String>> story : members.entrySet()) {
            if (story.getValue().stream().anyMatch(id -> articles.get(id).entities().isEmpty())) {
                scheduleDigest(story.getKey());
            }
        }
    }

    /** Opens the store in {@code dir}, creating it when absent, with Synoptic's standard stages. */
    public static ArticleStore open(Path dir) throws IOException {
        return open(dir, StoreOptions.defaults());
    }

    /** Opens the store in {@code dir}, creating it when absent. */
    public static ArticleStore open(Path dir, StoreOptions options) throws IOException {
        return new ArticleStore(dir, options);
    }

    private void replay() throws IOException {
        List<StoredArticle> loaded = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        loaded.add(ArticleDocuments.fromDocument(fields.document(i)));
                    }
                }
            }
        }
        loaded.sort(Comparator.comparingLong(StoredArticle::seq));
        String written = null;
        Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
        for (Map.Entry<String, String> e : commitData == null ? List.<Map.Entry<String, String>>of() : commitData) {
            if (ANALYSIS_KEY.equals(e.getKey())) {
                written = e.getValue();
            }
        }
        boolean reindexAll = !ArticleDocuments.ANALYSIS_VERSION.equals(written);
        boolean changed = reindexAll;
        for (StoredArticle stored : loaded) {
            if (articles.containsKey(stored.id())) {
                continue; // cannot happen with atomic commits; tolerate rather than refuse to open
            }
            int mergesBefore = storyIndex.mergeCount();
            String storyId = storyIndex.add(stored.article());
            changed |= applyMerges(mergesBefore, new LinkedHashSet<>());
            StoredArticle current = storyId.equals(stored.storyId()) ? stored : stored.withStory(storyId).withEntities(List.of());
            if (reindexAll || current != stored) {
                writer.updateDocument(new Term(ArticleDocuments.ID, current.id()), ArticleDocuments.toDocument(current));
                changed = true;
            }
            register(current);
            nextSeq.set(Math.max(nextSeq.get(), current.seq() + 1));
        }
        if (changed) {
            writer.setLiveCommitData(List.of(Map.entry(ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION)));
            writer.commit();
        }
    }

    private void register(StoredArticle stored) {
        articles.put(stored.id(), stored);
        byHash.putIfAbsent(stored.contentHash(), stored.id());
        String url = urlKey(stored.article().url());
        if (url != null) {
            byUrl.putIfAbsent(url, stored.id());
        }
        members.compute(stored.storyId(), (k, ids) -> {
            List<String> grown = new ArrayList<>(ids == null ? List.of() : ids);
            grown.add(stored.id());
            return List.copyOf(grown);
        });
        storyList = null;
    }

    /**
     * Stores a batch of articles in order and commits it. An article whose URL or content is already stored is
     * recognised as a duplicate and not stored again; an article whose id is taken by a different article is stored
     * under the id with {@code -2}, {@code -3} … appended. The batch is durable when this returns.
     *
     * @param batch articles in arrival order, as read by {@code ArticleIngester}
     * @return the outcome of every article, in batch order
     * @throws IOException when the index cannot be written; the batch is then not committed
     */
    public IngestResult ingest(List<Article> batch) throws IOException {
        List<IngestResult.Outcome> outcomes = new ArrayList<>(batch.size());
        Set<String> touched = new LinkedHashSet<>();
        synchronized (writeLock) {
            ensureOpen();
            Instant now = Instant.now();
            for (Article given : batch) {
                String hash = contentHash(given);
                String url = urlKey(given.url());
                String original = url == null ? null : byUrl.get(url);
                String reason = "same URL";
                if (original == null) {
                    original = byHash.get(hash);
                    reason = "same content";
                }
                if (original != null) {
                    duplicateCount.incrementAndGet();
                    outcomes.add(new IngestResult.Outcome(given.source(), original, articles.get(original).storyId(),
                            IngestResult.Status.DUPLICATE, reason));
                    continue;
                }
                Article article = withUniqueId(given);
                int mergesBefore = storyIndex.mergeCount();
                String storyId = storyIndex.add(article);
                applyMerges(mergesBefore, touched);
                StoredArticle stored = new StoredArticle(article, nextSeq.getAndIncrement(), now, storyId, hash, List.of());
                writer.addDocument(ArticleDocuments.toDocument(stored));
                register(stored);
                storedCount.incrementAndGet();
                touched.add(storyId);
                outcomes.add(new IngestResult.Outcome(given.source(), article.id(), storyId, IngestResult.Status.STORED, null));
            }
            if (!touched.isEmpty()) {
                writer.setLiveCommitData(List.of(Map.entry(ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION)));
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
        }
        touched.forEach(this::scheduleDigest);
        return new IngestResult(outcomes);
    }

    /**
     * Moves the articles of the stories the index merged away since its {@code from}-th merge to the surviving
     * stories, rewriting their documents (uncommitted: the caller commits), and drops the merged stories' digests.
     * {@code touched} (stories whose digest is due) follows the moves.
     *
     * @return whether any article moved
     */
    private boolean applyMerges(int from, Set<String> touched) throws IOException {
        if (storyIndex.mergeCount() == from) {
            return false;
        }
        boolean moved = false;
        List<StoryMerge> merges = storyIndex.merges();
        for (StoryMerge merge : merges.subList(from, merges.size())) {
            List<String> gone = members.remove(merge.mergedId());
            digests.remove(merge.mergedId());
            if (touched.remove(merge.mergedId())) {
                touched.add(merge.survivorId());
            }
            if (gone == null) {
                continue;
            }
            for (String id : gone) {
                StoredArticle current = articles.get(id).withStory(merge.survivorId()).withEntities(List.of());
                writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(current));
                articles.put(id, current);
                moved = true;
            }
            members.compute(merge.survivorId(), (k, ids) -> {
                List<String> all = new ArrayList<>(ids == null ? List.of() : ids);
                all.addAll(gone);
                all.sort(Comparator.comparingLong(id -> articles.get(id).seq()));
                return List.copyOf(all);
            });
            touched.add(merge.survivorId());
        }
        storyList = null;
        return moved;
    }

    private Article withUniqueId(Article article) {
        if (!articles.containsKey(article.id())) {
            return article;
        }
        for (int n = 2; ; n++) {
            String id = article.id() + "-" + n;
            if (!articles.containsKey(id)) {
                return article.withId(id);
            }
        }
    }

    /** The stored article with this id. */
    public Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The number of stored articles. */
    public long articleCount() {
        return articles.size();
    }

    /** The number of stories. */
    public int storyCount() {
        return members.size();
    }

    /** Articles stored and duplicates recognised since the store was opened, and digests computed. */
    public Counters counters() {
        return new Counters(storedCount.get(), duplicateCount.get(), digestCount.get(), pending.size());
    }

    /**
     * Counters of this store since it was opened.
     *
     * @param stored          articles newly stored
     * @param duplicates      articles recognised as already stored
     * @param digests         digests computed
     * @param pendingDigests  stories waiting for a digest now
     */
    public record Counters(long stored, long duplicates, long digests, int pendingDigests) {
    }

    /** Every story, the most recently updated first, then the larger first; a snapshot. */
    public List<StorySummary> stories() {
        List<StorySummary> list = storyList;
        long now = System.currentTimeMillis();
        if (list == null || (headlinesChanged && now - storyListBuilt >= HEADLINE_REFRESH_MILLIS)) {
            headlinesChanged = false;
            storyListBuilt = now;
            List<StorySummary> built = new ArrayList<>(members.size());
            for (String id : members.keySet()) {
                story(id).ifPresent(built::add);
            }
            built.sort(Comparator.comparing(StorySummary::updated).reversed()
                    .thenComparing(Comparator.comparingInt(StorySummary::articles).reversed())
                    .thenComparing(StorySummary::id));
            list = List.copyOf(built);
            storyList = list;
        }
        return list;
    }

    /** The story with this id, summarised. */
    public Optional<StorySummary> story(String id) {
        List<String> ids = members.get(id);
        if (ids == null) {
            return Optional.empty();
        }
        List<StoredArticle> stored = ids.stream().map(articles::get).toList();
        Set<String> outlets = new LinkedHashSet<>();
        Instant updated = Instant.EPOCH;
        String latest = null;
        for (StoredArticle s : stored) {
            if (s.article().outlet() != null) {
                outlets.add(s.article().outlet());
            }
            updated = s.ingested().isAfter(updated) ? s.ingested() : updated;
            String p = s.article().published();
            latest = p != null && (latest == null || p.compareTo(latest) > 0) ? p : latest;
        }
        Article first = stored.get(0).article();
        VersionedDigest digest = digests.get(id);
        String headline = digest != null ? digest.digest().headline() : first.title() != null ? first.title() : first.id();
        int independent = digest != null
                ? (int) digest.digest().articles().stream().map(StoryDigest.ArticleRef::syndicationGroup).distinct().count()
                        + Math.max(0, ids.size() - digest.version())
                : Math.max(1, outlets.size());
        return Optional.of(new StorySummary(id, headline, ids.size(), independent, List.copyOf(outlets), updated, latest,
                first.language(), ids));
    }

    /**
     * The story's digest, the current version when cached; else the latest cached version while the current one is
     * computed in the background; else computed now (the first request of a story waits for its digest).
     */
    public Optional<VersionedDigest> digest(String storyId) {
        List<String> ids = members.get(storyId);
        if (ids == null) {
            return Optional.empty();
        }
        VersionedDigest cached = digests.get(storyId);
        if (cached != null) {
            if (cached.version() < ids.size()) {
                scheduleDigest(storyId);
            }
            return Optional.of(cached);
        }
        return Optional.of(computeDigest(storyId));
    }

    /** The cleaned texts of a story's articles by id, for renderers that show evidence in context. */
    public Map<String, String> texts(String storyId) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : members.getOrDefault(storyId, List.of())) {
            texts.put(id, articles.get(id).article().text());
        }
        return texts;
    }

    /** Searches the stored articles. */
    public SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    /**
     * The stories of the best {@code maxArticles} articles matching a query, best first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    public Set<String> storiesMatching(String query, int maxArticles) throws IOException {
        return searcher.storiesMatching(query, maxArticles);
    }

    /** Up to {@code n} articles most like the given one, the most similar first; empty for an unknown id. */
    public List<SearchResult.Hit> similar(String articleId, int n) throws IOException {
        StoredArticle stored = articles.get(articleId);
        return stored == null ? List.of() : searcher.similar(stored, n);
    }

    /** Waits until no digest is pending or being computed, at most {@code timeout}; true when idle. */
    public boolean awaitDigests(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() || inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void scheduleDigest(String storyId) {
        if (digestExecutor.isShutdown() || !pending.add(storyId)) {
            return;
        }
        digestExecutor.execute(() -> {
            inFlight.incrementAndGet();
            pending.remove(storyId);
            try {
                List<String> ids = members.get(storyId);
                VersionedDigest cached = digests.get(storyId);
                if (ids != null && (cached == null || cached.version() < ids.size())) {
                    computeDigest(storyId);
                }
            } catch (RuntimeException e) {
                if (digestExecutor.isShutdown()) {
                    return; // closing interrupts digests in progress; they are recomputed when the store reopens
                }
                // one story's failing digest must not stop the others; it is retried when the story grows
                System.getLogger(ArticleStore.class.getName()).log(System.Logger.Level.WARNING,
                        "digest of story " + storyId + " failed", e);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private VersionedDigest computeDigest(String storyId) {
        List<String> ids = members.get(storyId);
        List<Article> storyArticles = PublicationDates.infer(ids.stream().map(id -> articles.get(id).article()).toList());
        List<ArticleAnalysis> storyAnalyses = storyArticles.stream()
                .map(a -> {
                    ArticleAnalysis cached = analyses.get(a.id());
                    // an inferred publication date may change as the story grows: it anchors the relative times
                    if (cached == null || !Objects.equals(cached.article().published(), a.published())) {
                        cached = options.analyzer().analyze(a);
                        analyses.put(a.id(), cached);
                    }
                    return cached;
                })
                .toList();
        Map<String, String> groups = options.grouper().group(storyArticles);
        StoryDigest digest = options.digester().apply(new StoryMaterial(storyId, storyAnalyses, groups));
        VersionedDigest computed = new VersionedDigest(digest, ids.size());
        VersionedDigest kept = digests.merge(storyId, computed, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        digestCount.incrementAndGet();
        headlinesChanged = true;
        if (kept == computed) {
            writeEntities(ids, digest);
        }
        return kept;
    }

    /**
     * Writes the digest's entities to its articles' documents. Derivable, so not committed here: the next batch's
     * commit (or close) takes them along. Runs outside the ingest lock (IndexWriter is thread-safe), so digests never
     * wait for a batch.
     */
    private void writeEntities(List<String> ids, StoryDigest digest) {
        synchronized (entityLock) {
            try {
                boolean changed = false;
                for (String id : ids) {
                    List<String> entities = new ArrayList<>();
                    for (StoryDigest.EntityEntry e : digest.entities()) {
                        if (e.articles().contains(id)) {
                            Set<String> names = new LinkedHashSet<>();
                            names.add(e.name());
                            names.addAll(e.variants());
                            entities.add(String.join(" | ", names));
                        }
                    }
                    StoredArticle stored = articles.get(id);
                    if (stored != null && !stored.entities().equals(entities)) {
                        StoredArticle updated = stored.withEntities(entities);
                        writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(updated));
                        articles.put(id, updated);
                        changed = true;
                    }
                }
                if (changed) {
                    // Refreshing per digest would flush a tiny segment each time; searches refresh when they need to.
                    searcher.markStale();
                }
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                // closing: the entities are recomputed on the next open
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void ensureOpen() {
        if (!writer.isOpen()) {
            throw new IllegalStateException("the store is closed");
        }
    }

    /**
     * Closes the store: stops the digest executor (pending digests are dropped; they are recomputed on the next
     * open) and commits what was written since the last batch.
     */
    @Override
    public void close() throws IOException {
        digestExecutor.shutdownNow();
        try {
            digestExecutor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (writeLock) {
            if (writer.isOpen()) {
                searchers.close();
                writer.commit();
                writer.close();
                directory.close();
            }
        }
    }

    /** The content key of an article: SHA-256 of its title and text, case and spacing normalised. */
    static String contentHash(Article article) {
        String normal = ((article.title() == null ? "" : article.title()) + "\n" + article.text())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The URL key of an article: scheme and host lower-cased, without fragment and trailing slash; null if none. */
    static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() != null && uri.getHost() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // not a URI we can normalise: compare it as given
        }
        return trimmed;
    }
}
