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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryIndexSnapshot;
import org.synoptic.digest.StoryDigest;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.text.RecurringSentences;

/**
 * The durable store of one Synoptic instance, in a folder: articles with their original input fields and cleaned
 * text, their story assignment, search over them, and the stories' digests.
 *
 * <p><b>Durability.</b> Articles live in one Lucene index under {@code DIR/index}. {@link #ingest(List)} returns once
 * a commit that holds its batch has finished: after a crash (even SIGKILL) the store opens with every acknowledged
 * batch. Commits are grouped: batches that arrive while a commit runs wait for one commit together, so many small
 * batches do not mean one fsync each. A batch not yet acknowledged at a crash may be stored in part; ingesting it
 * again stores exactly the missing articles, because an article already stored is recognised by its URL or its
 * content hash and not stored twice.
 *
 * <p><b>Stories.</b> A streaming {@link StoryIndex} holds the active stories; its assignments and merges are kept in
 * the articles' documents. Every {@link StoreOptions#checkpointEvery} articles, after the commit that holds them, the
 * index's state is saved ({@link StoreCheckpoint}); on open ({@link StoreReplay}) the newest checkpoint is restored and
 * only the articles stored after it are replayed, so opening takes about as long for a million articles as for ten
 * thousand. When the index merges two stories (an article bridged them), the younger story's articles move to the
 * older story's id.
 *
 * <p><b>Heap.</b> The heap holds a {@link StoreCatalog} of small {@link ArticleHead}s; texts are read from the index
 * when needed ({@link ArticleReader}, with a small cache for the stories being read).
 *
 * <p><b>Digests</b> (the deep tier, {@link org.synoptic.digest.StoryDigester}) run in the background for stories of two
 * or more reports, once a story has been quiet for the debounce time, the most recently grown first
 * ({@link DigestScheduler}). A one-report story's digest is built when it is first asked for. Digests and the
 * analyses they were built from are kept per story version in {@link StoredDigests} and survive restarts: opening a
 * store schedules only the stories that grew since their digest. While a story's digest is recomputed,
 * {@link #digest(String)} serves the previous version. The digest's merged entity names and spelling variants are
 * written to each article's {@code entities} field, so a search for one spelling finds the others.
 *
 * <p><b>Retention.</b> {@link #expire(Duration)} drops the stories whose last report is older than the given age,
 * with their articles, digests and analyses.
 *
 * <p>Thread-safe: ingests are serialised up to their commit; reads and searches run concurrently with them and see
 * each batch once it is committed.
 */
public final class ArticleStore implements Closeable {

    static final String ANALYSIS_KEY = "synoptic.analysis";
    /** How long digests due at open wait, so a restarting server answers before the deep tier loads its models. */
    static final Duration STARTUP_GRACE = Duration.ofSeconds(10);
    /** Sentences the recurring-boilerplate counter keeps counts for: about 100 MB of heap at most. */
    static final int RECURRING_CAPACITY = 100_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StoreOptions options;
    private final StoryIndex storyIndex;
    private final StoreSearcher searcher;
    private final StoreCatalog catalog = new StoreCatalog();
    private final ArticleReader reader;
    private final StoredDigests storedDigests;
    private final DigestScheduler scheduler;
    private final MergeLog mergeLog = new MergeLog();
    private final StoreCheckpoint checkpoint;
    /** Arrival number the newest checkpoint covers up to; guarded by the commit lock. */
    private long checkpointedSeq;
    private final OpenReport opened;
    private final RecurringSentences.Counter recurring = RecurringSentences.counter(RECURRING_CAPACITY);
    private final Object writeLock = new Object();
    private final Object commitLock = new Object();
    /** Batches written and batches committed, for group commit: a batch waits until committed reaches its number. */
    private long written;
    private volatile long committed;

    private final AtomicLong nextSeq = new AtomicLong();
    private final AtomicLong storedCount = new AtomicLong();
    private final AtomicLong duplicateCount = new AtomicLong();
    private final AtomicLong digestCount = new AtomicLong();
    private final AtomicLong commitCount = new AtomicLong();
    private final StoryList storyList;

    private ArticleStore(Path dir, StoreOptions options) throws IOException {
        this.options = options;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir.resolve("index"));
        this.writer = new IndexWriter(directory,
                new IndexWriterConfig(ArticleDocuments.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.checkpoint = new StoreCheckpoint(dir.resolve("checkpoint"));
        long openStart = System.nanoTime();
        StoreReplay.Result replayed = new StoreReplay(writer, catalog, recurring, mergeLog)
                .replay(options.clusterer(), checkpoint);
        this.storyIndex = replayed.storyIndex();
        nextSeq.set(replayed.nextSeq());
        this.checkpointedSeq = replayed.checkpointSeq();
        this.opened = new OpenReport(replayed.checkpointSeq(), replayed.replayed(), (System.nanoTime() - openStart) / 1_000_000);
        this.searchers = new SearcherManager(writer, null);
        this.reader = new ArticleReader(searchers, options.textCache());
        this.searcher = new StoreSearcher(searchers, ArticleDocuments.queryAnalyzer(), id -> article(id).orElse(null));
        this.storedDigests = new StoredDigests(dir.resolve("derived"));
        this.storyList = new StoryList(catalog, storedDigests);
        this.scheduler = new DigestScheduler(options.digestThreads(), options.debounce(), System::nanoTime, this::digestIfStale);
        // only the stories that grew since their stored digest wait for one
        int due = 0;
        for (String storyId : catalog.storyIds()) {
            int size = catalog.members(storyId).size();
            if (size >= 2 && storedDigests.head(storyId).map(h -> h.version() != size).orElse(true)) {
                scheduler.grew(storyId);
                due++;
            }
        }
        // a restarting server answers first; the deep tier (CoreNLP loading) waits a little
        scheduler.start(due > 0 ? STARTUP_GRACE : Duration.ZERO);
    }

    /** Opens the store in {@code dir}, creating it when absent, with Synoptic's standard stages. */
    public static ArticleStore open(Path dir) throws IOException {
        return open(dir, StoreOptions.defaults());
    }

    /** Opens the store in {@code dir}, creating it when absent. */
    public static ArticleStore open(Path dir, StoreOptions options) throws IOException {
        return new ArticleStore(dir, options);
    }

    /**
     * Stores a batch of articles in order and commits it. An article whose URL or content is already stored is
     * recognised as a duplicate and not stored again; an article whose id is taken by a different article is stored
     * under the id with {@code -2}, {@code -3} … appended. The batch is durable when this returns.
     *
     * @param batch articles in arrival order, as read by {@code ArticleIngester}
     * @return the outcome of every article, in batch order
     * @throws IOException when the index cannot be written; the batch is then not acknowledged
     */
    public IngestResult ingest(List<Article> batch) throws IOException {
        List<IngestResult.Outcome> outcomes = new ArrayList<>(batch.size());
        Set<String> touched = new LinkedHashSet<>();
        long ticket;
        synchronized (writeLock) {
            ensureOpen();
            Instant now = options.clock().instant();
            for (Article given : batch) {
                String hash = contentHash(given);
                Optional<StoreCatalog.Original> original = catalog.original(urlKey(given.url()), hash);
                if (original.isPresent()) {
                    duplicateCount.incrementAndGet();
                    String id = original.get().id();
                    outcomes.add(new IngestResult.Outcome(given.source(), id, catalog.get(id).storyId(),
                            IngestResult.Status.DUPLICATE, original.get().reason()));
                    continue;
                }
                Article article = withUniqueId(given);
                String storyId = storyIndex.add(article);
                applyMerges(touched);
                StoredArticle stored = new StoredArticle(article, nextSeq.getAndIncrement(), now, storyId, hash, List.of());
                writer.addDocument(ArticleDocuments.toDocument(stored));
                reader.written(article, List.of());
                catalog.add(ArticleHead.of(stored));
                recurring.observe(article);
                storedCount.incrementAndGet();
                touched.add(storyId);
                outcomes.add(new IngestResult.Outcome(given.source(), article.id(), storyId, IngestResult.Status.STORED, null));
            }
            ticket = ++written;
            storyList.invalidate();
        }
        if (!touched.isEmpty()) {
            commitThrough(ticket);
        }
        for (String storyId : touched) {
            if (catalog.members(storyId).size() >= 2) {
                scheduler.grew(storyId);
            }
        }
        return new IngestResult(outcomes);
    }

    /**
     * Group commit: returns once a commit that began after batch {@code ticket} was written has finished. The first
     * batch to get here commits everything written so far; those that arrive meanwhile wait for it and find their
     * batch committed.
     */
    private void commitThrough(long ticket) throws IOException {
        synchronized (commitLock) {
            if (committed >= ticket) {
                return;
            }
            long through;
            long snapshotSeq = -1;
            StoryIndexSnapshot snapshot = null;
            synchronized (writeLock) {
                through = written;
                writer.setLiveCommitData(List.of(Map.entry(ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION)));
                if (nextSeq.get() - checkpointedSeq >= options.checkpointEvery()) {
                    // taken with every article below nextSeq written; the commit below holds them all
                    snapshot = storyIndex.snapshot();
                    snapshotSeq = nextSeq.get();
                }
            }
            writer.commit();
            commitCount.incrementAndGet();
            committed = through;
            if (snapshot != null) {
                checkpoint.write(snapshotSeq, snapshot);
                checkpointedSeq = snapshotSeq;
            }
            long before = reader.beforeRefresh();
            searchers.maybeRefreshBlocking();
            reader.refreshed(before);
        }
    }

    /**
     * Moves the articles of the stories the index merged away in the last {@code add} to the surviving stories,
     * rewriting their documents (uncommitted: the caller commits), and drops the merged stories' digests.
     * {@code touched} (stories whose digest is due) follows the moves.
     */
    private void applyMerges(Set<String> touched) throws IOException {
        for (MergeLog.Merge merge : mergeLog.drain()) {
            scheduler.forget(merge.fromStoryId());
            storedDigests.deleteDigests(List.of(merge.fromStoryId()));
            if (touched.remove(merge.fromStoryId())) {
                touched.add(merge.intoStoryId());
            }
            for (String id : catalog.merge(merge.fromStoryId(), merge.intoStoryId())) {
                StoredArticle moved = reader.stored(catalog.get(id)).withEntities(List.of());
                writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(moved));
                reader.written(moved.article(), List.of());
                touched.add(merge.intoStoryId());
            }
        }
    }

    /**
     * How the last open went.
     *
     * @param checkpointSeq arrival number the restored checkpoint covered up to (0: no checkpoint used)
     * @param replayed      articles replayed through the story index
     * @param millis        time to rebuild the in-heap state
     */
    public record OpenReport(long checkpointSeq, long replayed, long millis) {
    }

    /** How this store's opening went: checkpoint used, articles replayed, time. */
    public OpenReport openReport() {
        return opened;
    }

    private Article withUniqueId(Article article) {
        if (!catalog.contains(article.id())) {
            return article;
        }
        for (int n = 2; ; n++) {
            String id = article.id() + "-" + n;
            if (!catalog.contains(id)) {
                return article.withId(id);
            }
        }
    }

    /** The stored article with this id; its text is read from the index (or a small cache). */
    public Optional<StoredArticle> article(String id) {
        return catalog.head(id).map(reader::stored);
    }

    /**
     * The deep tier's stored analysis of an article, made when its story's digest was computed; empty when the
     * article was never analysed (a one-report story nobody opened, or a story whose digest is still due). This never
     * runs the models.
     */
    public Optional<ArticleAnalysis> analysis(String articleId) {
        return catalog.contains(articleId) ? storedDigests.analysis(articleId) : Optional.empty();
    }

    /** Asks for the digest of the article's story in the background, even a one-report story's; false if unknown. */
    public boolean requestAnalysis(String articleId) {
        Optional<ArticleHead> head = catalog.head(articleId);
        head.ifPresent(h -> scheduler.grew(h.storyId()));
        return head.isPresent();
    }

    /** The number of stored articles. */
    public long articleCount() {
        return catalog.articleCount();
    }

    /** The number of stories. */
    public int storyCount() {
        return catalog.storyCount();
    }

    /** Articles stored and duplicates recognised since the store was opened, digests computed, commits made. */
    public Counters counters() {
        return new Counters(storedCount.get(), duplicateCount.get(), digestCount.get(), scheduler.pending(),
                commitCount.get());
    }

    /**
     * Counters of this store since it was opened.
     *
     * @param stored          articles newly stored
     * @param duplicates      articles recognised as already stored
     * @param digests         digests computed
     * @param pendingDigests  stories waiting for a digest now
     * @param commits         commits of the article index (fewer than batches when commits were grouped)
     */
    public record Counters(long stored, long duplicates, long digests, int pendingDigests, long commits) {
    }

    /** Every story, the most recently updated first, then the larger first; a snapshot. */
    public List<StorySummary> stories() {
        return storyList.stories();
    }

    /** The story with this id, summarised. */
    public Optional<StorySummary> story(String id) {
        return storyList.story(id);
    }

    /**
     * The story's digest, the current version when stored; else the latest stored version while the current one is
     * computed in the background; else computed now (the first request of a story without one waits for it).
     */
    public Optional<VersionedDigest> digest(String storyId) {
        List<String> ids = catalog.members(storyId);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionedDigest> stored = storedDigests.digest(storyId);
        if (stored.isPresent()) {
            if (stored.get().version() < ids.size()) {
                scheduler.grew(storyId);
            }
            return stored;
        }
        return Optional.of(computeDigest(storyId));
    }

    /** The story's latest stored digest, never computed here (for lists); empty while none is stored. */
    public Optional<VersionedDigest> storedDigest(String storyId) {
        return storedDigests.digest(storyId);
    }

    /** The cleaned texts of a story's articles by id, for renderers that show evidence in context. */
    public Map<String, String> texts(String storyId) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> ids = catalog.members(storyId);
        List<Article> articles = reader.articles(ids);
        for (Article a : articles) {
            texts.put(a.id(), a.text());
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
        Optional<StoredArticle> stored = article(articleId);
        return stored.isEmpty() ? List.of() : searcher.similar(stored.get(), n);
    }

    /** Waits until no digest is pending or being computed, at most {@code timeout}; true when idle. */
    public boolean awaitDigests(Duration timeout) throws InterruptedException {
        return scheduler.awaitIdle(timeout);
    }

    private void digestIfStale(String storyId) {
        List<String> ids = catalog.members(storyId);
        if (!ids.isEmpty() && storedDigests.head(storyId).map(h -> h.version() < ids.size()).orElse(true)) {
            computeDigest(storyId);
        }
    }

    private VersionedDigest computeDigest(String storyId) {
        List<String> ids = catalog.members(storyId);
        RecurringSentences learned;
        synchronized (writeLock) {
            learned = recurring.snapshot();
        }
        StoryDigest digest = options.digester().withRecurring(learned)
                .digest(storyId, reader.articles(ids), storedDigests.analyses(learned));
        try {
            VersionedDigest computed = new VersionedDigest(digest, ids.size());
            VersionedDigest kept = storedDigests.put(storyId, computed);
            storedDigests.commit();
            digestCount.incrementAndGet();
            storyList.headlinesChanged();
            if (kept == computed) {
                writeEntities(ids, digest);
            }
            return kept;
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            throw new IllegalStateException("the store is closed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the digest's entities to its articles' documents. Derivable, so not committed here: the next batch's
     * commit (or close) takes them along. Holds the write lock so a merge cannot move an article between reading its
     * story and rewriting its document.
     */
    private void writeEntities(List<String> ids, StoryDigest digest) {
        synchronized (writeLock) {
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
                    ArticleHead head = catalog.get(id);
                    if (head != null && head.entitiesHash() != ArticleHead.entitiesHash(entities)) {
                        StoredArticle updated = reader.stored(head).withEntities(entities);
                        writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(updated));
                        catalog.update(head.withEntitiesHash(ArticleHead.entitiesHash(entities)));
                        reader.entitiesWritten(id, entities);
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

    /**
     * Drops every story whose last report was stored longer ago than {@code age} (by the store's clock), with its
     * articles, digest and analyses, and commits.
     *
     * @return the number of stories dropped
     */
    public int expire(Duration age) throws IOException {
        Instant cutoff = options.clock().instant().minus(age);
        List<String> dropped = new ArrayList<>();
        long ticket;
        synchronized (writeLock) {
            ensureOpen();
            for (String storyId : List.copyOf(catalog.storyIds())) {
                Instant last = catalog.heads(catalog.members(storyId)).stream().map(ArticleHead::ingested)
                        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
                if (last.isBefore(cutoff)) {
                    List<String> gone = catalog.removeStory(storyId);
                    writer.deleteDocuments(gone.stream().map(id -> new Term(ArticleDocuments.ID, id)).toArray(Term[]::new));
                    reader.removed(gone);
                    storedDigests.deleteAnalyses(gone);
                    scheduler.forget(storyId);
                    dropped.add(storyId);
                }
            }
            storedDigests.deleteDigests(dropped);
            ticket = ++written;
            storyList.invalidate();
        }
        if (!dropped.isEmpty()) {
            commitThrough(ticket);
            storedDigests.commit();
        }
        return dropped.size();
    }

    private void ensureOpen() {
        if (!writer.isOpen()) {
            throw new IllegalStateException("the store is closed");
        }
    }

    /**
     * Closes the store: stops the digest workers (digests still due are computed after the next open) and commits
     * what was written since the last batch.
     */
    @Override
    public void close() throws IOException {
        scheduler.close();
        synchronized (commitLock) {
            synchronized (writeLock) {
                if (writer.isOpen()) {
                    searchers.close();
                    writer.commit();
                    if (nextSeq.get() > checkpointedSeq) {
                        checkpoint.write(nextSeq.get(), storyIndex.snapshot());
                    }
                    writer.close();
                    directory.close();
                    storedDigests.close();
                }
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
