package org.synoptic.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryIndexSnapshot;
import org.synoptic.digest.StoryDigest;
import org.synoptic.ingest.FieldLimits;
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
 * <p><b>Failed writes.</b> A batch is stored whole or not at all: fields are checked ({@code FieldLimits}) before the
 * index sees the batch, and when a write or a commit fails (a full disk) the store goes back to its last commit and
 * rebuilds its in-heap state from it, so nothing unacknowledged is served or taken for a
 * duplicate. Reads go on; {@link #writeProblem()} says why until the next write succeeds on a fresh writer.
 *
 * <p><b>Stories.</b> A streaming {@link StoryIndex} holds the active stories; its assignments and merges are kept in
 * the articles' documents. Every {@link StoreOptions#checkpointEvery} articles, after the commit that holds them, the
 * index's state is saved ({@link StoreCheckpoint}); on open ({@link StoreReplay}) the newest checkpoint is restored and
 * only the articles stored after it are replayed, so opening takes about as long for a million articles as for ten
 * thousand. When the index merges two stories (an article bridged them), the younger story's articles move to the
 * older story's id; so do a German and an English story of one event when they are linked ({@link StoryLinks}, kept in
 * every commit).
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
public final class ArticleStore implements StoryRepository, Closeable {

    static final String ANALYSIS_KEY = "synoptic.analysis";
    /** How long digests due at open wait, so a restarting server answers before the deep tier loads its models. */
    static final Duration STARTUP_GRACE = Duration.ofSeconds(10);
    /** Sentences the recurring-boilerplate counter keeps counts for: about 100 MB of heap at most. */
    static final int RECURRING_CAPACITY = 100_000;

    private final Directory directory;
    private final StoreOptions options;
    private final StoredDigests storedDigests;
    // The index and the in-heap state built from it: replaced together when a failed write resets the store to its
    // last commit (resetToLastCommit), so they are volatile; each is swapped under both locks.
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile StoryIndex storyIndex;
    private volatile StoryAssigner assigner;
    private volatile StoreSearcher searcher;
    private volatile StoreCatalog catalog;
    private volatile ArticleReader reader;
    private volatile RecurringSentences.Counter recurring;
    private volatile StoryList storyList;
    /** Set by close(); a writer closed by a failed write does not close the store. */
    private volatile boolean closed;
    /** Counts resets to the last commit; a batch written in an earlier epoch was discarded. Guarded by both locks. */
    private long epoch;
    /** Every article with an arrival number below this is committed: only those may be answered as duplicates. */
    private volatile long durableSeq;
    /** Why the last write failed, until a commit succeeds again; null while writing works. */
    private volatile String writeProblem;
    private final DigestScheduler scheduler;
    /** The deep tier's side of the store: digests stored, served and computed. */
    private final StoreDigests digests;
    private final MergeLog mergeLog = new MergeLog();
    private final StoreCheckpoint checkpoint;
    /** Arrival number the newest checkpoint covers up to; guarded by the commit lock. */
    private long checkpointedSeq;
    private final OpenReport opened;
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
    private final AtomicLong resetCount = new AtomicLong();

    private ArticleStore(Path dir, StoreOptions options, UnaryOperator<Directory> wrapper) throws IOException {
        this.options = options;
        Files.createDirectories(dir);
        this.directory = wrapper.apply(FSDirectory.open(dir.resolve("index")));
        this.checkpoint = new StoreCheckpoint(dir.resolve("checkpoint"));
        this.storedDigests = new StoredDigests(dir.resolve("derived"));
        long openStart = System.nanoTime();
        StoreReplay.Result replayed = openIndex();
        this.opened = new OpenReport(replayed.checkpointSeq(), replayed.replayed(), (System.nanoTime() - openStart) / 1_000_000);
        this.scheduler = new DigestScheduler(options.digestThreads(), options.debounce(), DigestScheduler.MAX_WAIT,
                options.maxPendingDigests(), DigestScheduler.MAX_URGENT, System::nanoTime, this::digestIfStale);
        this.digests = new StoreDigests(this, storedDigests, scheduler, options);
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
        return new ArticleStore(dir, options, UnaryOperator.identity());
    }

    /**
     * Opens the store in {@code dir} with its article index's directory wrapped: the seam through which fault tests
     * make the index's writes fail (a full disk) while a real directory holds the data.
     */
    public static ArticleStore open(Path dir, StoreOptions options, UnaryOperator<Directory> indexDirectory)
            throws IOException {
        return new ArticleStore(dir, options, indexDirectory);
    }

    /**
     * Opens a writer on the index and rebuilds the in-heap state from its last commit ({@link StoreReplay}), then
     * puts both in place. Called by the constructor and, under both locks, by {@link #resetToLastCommit}.
     */
    private StoreReplay.Result openIndex() throws IOException {
        IndexWriter w = new IndexWriter(directory,
                new IndexWriterConfig(ArticleDocuments.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        try {
            StoreCatalog c = new StoreCatalog();
            RecurringSentences.Counter r = RecurringSentences.counter(RECURRING_CAPACITY);
            mergeLog.drain();
            StoreReplay.Result replayed = new StoreReplay(w, c, r, mergeLog).replay(options.clusterer(), checkpoint);
            SearcherManager sm = new SearcherManager(w, null);
            this.writer = w;
            this.catalog = c;
            this.recurring = r;
            this.assigner = replayed.assigner();
            this.storyIndex = assigner.storyIndex();
            this.searchers = sm;
            this.reader = new ArticleReader(sm, options.textCache());
            this.searcher = new StoreSearcher(sm, ArticleDocuments.queryAnalyzer(), id -> article(id).orElse(null));
            this.storyList = new StoryList(c, storedDigests);
            nextSeq.set(replayed.nextSeq());
            durableSeq = replayed.nextSeq();
            checkpointedSeq = replayed.checkpointSeq();
            return replayed;
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
    }

    /**
     * After a failed write: drops everything written since the last commit (the failed batch and any batch waiting for
     * the next commit, whose callers are then told so) and rebuilds the in-heap state from that commit, so reads serve
     * exactly the durable articles and the next write starts on a fresh writer. When the index cannot be reopened
     * now, the store stays readable with its old state and the next write tries again.
     */
    private void resetToLastCommit(Throwable cause) {
        synchronized (commitLock) {
            synchronized (writeLock) {
                writeProblem = describe(cause);
                resetCount.incrementAndGet();
                epoch++;
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException e) {
                    cause.addSuppressed(e);
                }
                reopenIfBroken();
            }
        }
    }

    /** Reopens the index when a failed write left the writer closed; both locks held. */
    private void reopenIfBroken() {
        if (closed || writer.isOpen()) {
            return;
        }
        SearcherManager old = searchers;
        try {
            openIndex();
            old.close();
        } catch (IOException | RuntimeException e) {
            writeProblem = describe(e);
            System.getLogger(ArticleStore.class.getName()).log(System.Logger.Level.WARNING,
                    "the article index could not be reopened after a failed write; the next write tries again", e);
        }
    }

    /** The failure as users should read it: the root cause's message, with what it means for a full disk. */
    private static String describe(Throwable e) {
        return StoreWriteException.noSpace(e) ? "no space left on device: " + StoreWriteException.rootMessage(e)
                : StoreWriteException.rootMessage(e);
    }

    /** Why writing failed last, until a write succeeds again; empty while writing works. Reads go on meanwhile. */
    @Override
    public Optional<String> writeProblem() {
        return Optional.ofNullable(writeProblem);
    }

    /**
     * Stores a batch of articles in order and commits it. An article whose URL or content is already stored is
     * recognised as a duplicate and not stored again; an article whose id is taken by a different article is stored
     * under the id with {@code -2}, {@code -3} … appended. The batch is durable when this returns, and so is the
     * original of every article answered as a duplicate.
     *
     * <p>A batch is stored whole or not at all: every article's fields are checked against {@link FieldLimits} before
     * the index sees any of them, and when a write or the commit fails the store goes back to its last commit, so no
     * article of a failed batch is kept in the heap, served, or later taken for a duplicate.
     *
     * @param batch articles in arrival order, as read by {@code ArticleIngester}
     * @return the outcome of every article, in batch order
     * @throws IllegalArgumentException when an article breaks a field limit (the message names the article, the field
     *                                  and the limit); nothing was written
     * @throws StoreWriteException      when the index cannot be written (a full disk): nothing of the batch was stored,
     *                                  reads go on, and the next batch tries again
     * @throws IOException              when the index cannot be read
     */
    public IngestResult ingest(List<Article> batch) throws IOException {
        for (int i = 0; i < batch.size(); i++) {
            Optional<String> problem = FieldLimits.problem(batch.get(i));
            if (problem.isPresent()) {
                throw new IllegalArgumentException("article " + (i + 1) + " of the batch (" + batch.get(i).source()
                        + "): " + problem.get() + "; nothing of the batch was stored");
            }
        }
        ensureOpen();
        if (!writer.isOpen()) { // a failed write could not reopen the index: try again now
            synchronized (commitLock) {
                synchronized (writeLock) {
                    reopenIfBroken();
                }
            }
        }
        List<IngestResult.Outcome> outcomes = new ArrayList<>(batch.size());
        Set<String> touched = new LinkedHashSet<>();
        long ticket;
        long batchEpoch;
        boolean mustCommit = false;
        Exception failed = null;
        synchronized (writeLock) {
            ensureOpen();
            if (!writer.isOpen()) {
                throw new StoreWriteException("the store cannot write (" + writeProblem + ")", null);
            }
            batchEpoch = epoch;
            Instant now = options.clock().instant();
            try {
                for (Article given : batch) {
                    String hash = ArticleKeys.contentHash(given);
                    Optional<StoreCatalog.Original> original = catalog.original(ArticleKeys.urlKey(given.url()), hash);
                    if (original.isPresent()) {
                        String id = original.get().id();
                        // a duplicate of an article not yet committed is acknowledged only with that commit
                        mustCommit |= catalog.get(id).seq() >= durableSeq;
                        outcomes.add(new IngestResult.Outcome(given.source(), id, catalog.get(id).storyId(),
                                IngestResult.Status.DUPLICATE, original.get().reason()));
                        continue;
                    }
                    Article article = ArticleKeys.uniqueId(given, catalog::contains);
                    String storyId = assigner.assign(article);
                    applyMerges(touched);
                    StoredArticle stored = new StoredArticle(article, nextSeq.getAndIncrement(), now, storyId, hash, List.of());
                    writer.addDocument(ArticleDocuments.toDocument(stored));
                    reader.written(article, List.of());
                    catalog.add(ArticleHead.of(stored));
                    recurring.observe(article);
                    touched.add(storyId);
                    outcomes.add(new IngestResult.Outcome(given.source(), article.id(), storyId, IngestResult.Status.STORED, null));
                }
            } catch (IOException | RuntimeException e) {
                failed = e; // the batch is written in part: reset below, outside the write lock (lock order)
            }
            ticket = ++written;
            storyList.invalidate();
        }
        if (failed != null) {
            resetToLastCommit(failed);
            throw new StoreWriteException("the store could not write the batch (" + describe(failed)
                    + "); nothing of it was stored", failed);
        }
        if (!touched.isEmpty() || mustCommit) {
            commitThrough(ticket, batchEpoch);
        }
        IngestResult result = new IngestResult(outcomes);
        storedCount.addAndGet(result.stored()); // counted once acknowledged: a failed batch stored nothing
        duplicateCount.addAndGet(result.duplicates());
        for (String storyId : touched) {
            if (catalog.members(storyId).size() >= 2) {
                scheduler.grew(storyId);
            }
        }
        return result;
    }

    /**
     * Group commit: returns once a commit that began after batch {@code ticket} was written has finished. The first
     * batch to get here commits everything written so far; those that arrive meanwhile wait for it and find their
     * batch committed.
     */
    private void commitThrough(long ticket, long batchEpoch) throws IOException {
        synchronized (commitLock) {
            if (batchEpoch != epoch) {
                throw new StoreWriteException("the store could not write the batch (" + writeProblem
                        + "); nothing of it was stored", null);
            }
            if (committed >= ticket) {
                return;
            }
            long through;
            long throughSeq;
            long snapshotSeq = -1;
            StoryIndexSnapshot snapshot = null;
            List<String> learned = List.of();
            synchronized (writeLock) {
                through = written;
                throughSeq = nextSeq.get();
                writer.setLiveCommitData(commitData());
                if (nextSeq.get() - checkpointedSeq >= options.checkpointEvery()) {
                    // taken with every article below nextSeq written; the commit below holds them all
                    snapshot = storyIndex.snapshot();
                    learned = recurring.learnedKeys();
                    snapshotSeq = nextSeq.get();
                }
            }
            try {
                writer.commit();
            } catch (IOException | RuntimeException e) {
                resetToLastCommit(e);
                throw new StoreWriteException("the store could not commit the batch (" + describe(e)
                        + "); nothing of it was stored", e);
            }
            commitCount.incrementAndGet();
            committed = through;
            durableSeq = throughSeq;
            writeProblem = null;
            if (snapshot != null) {
                try {
                    checkpoint.write(snapshotSeq, snapshot, learned);
                    checkpointedSeq = snapshotSeq;
                } catch (IOException e) {
                    // the batch is committed; a missing checkpoint only makes the next open replay more articles
                    System.getLogger(ArticleStore.class.getName()).log(System.Logger.Level.WARNING,
                            "checkpoint not written: " + e.getMessage());
                }
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

    /** What each commit carries besides the documents: the analysis version and the story links; write lock held. */
    private List<Map.Entry<String, String>> commitData() {
        return List.of(Map.entry(ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION),
                Map.entry(StoryLinks.COMMIT_KEY, assigner.links().encode()));
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


    /** The stored article with this id; its text is read from the index (or a small cache). */
    @Override
    public Optional<StoredArticle> article(String id) {
        return catalog.head(id).map(reader::stored);
    }

    /**
     * The deep tier's stored analysis of an article, made when its story's digest was computed; empty when the
     * article was never analysed (a one-report story nobody opened, or a story whose digest is still due). This never
     * runs the models.
     */
    @Override
    public Optional<ArticleAnalysis> analysis(String articleId) {
        return catalog.contains(articleId) ? storedDigests.analysis(articleId) : Optional.empty();
    }

    /** Asks for the digest of the article's story in the background, even a one-report story's; false if unknown. */
    @Override
    public boolean requestAnalysis(String articleId) {
        Optional<ArticleHead> head = catalog.head(articleId);
        head.ifPresent(h -> scheduler.grew(h.storyId()));
        return head.isPresent();
    }

    /** The number of stored articles. */
    @Override
    public long articleCount() {
        return catalog.articleCount();
    }

    /** The number of stories. */
    @Override
    public int storyCount() {
        return catalog.storyCount();
    }

    @Override
    public int pendingDigests() {
        return scheduler.pending();
    }

    /** Articles stored and duplicates recognised since the store was opened, digests computed, commits made. */
    public StoreCounters counters() {
        long nearCopies = assigner.copies(); // volatile: /metrics does not wait for a batch being written
        DigestScheduler.Stats deep = scheduler.stats();
        return new StoreCounters(storedCount.get(), duplicateCount.get(), digestCount.get(), deep.pending(),
                commitCount.get(), resetCount.get(), nearCopies, deep.running(), deep.shed(), deep.refused(),
                deep.failed(), deep.coalesced());
    }

    /** Every story, the most recently updated first, then the larger first; a snapshot. */
    @Override
    public List<StorySummary> stories() {
        return storyList.stories();
    }

    /** The story with this id, summarised. */
    @Override
    public Optional<StorySummary> story(String id) {
        return storyList.story(id);
    }

    /**
     * The stories of another language linked into this one, with the evidence that linked them (the same
     * {@link org.synoptic.cluster.StoryLinker} rules as {@code synoptic cluster}); empty when none was or the story is
     * unknown.
     */
    @Override
    public List<org.synoptic.cluster.StoryLink> links(String storyId) {
        return assigner.links().links(storyId);
    }

    /**
     * The story's digest, the current version when stored; else the latest stored version while the current one is
     * computed in the background; else computed now (the first request of a story without one waits for it).
     */
    @Override
    public Optional<VersionedDigest> digest(String storyId) {
        return digests.digest(storyId);
    }

    /** See {@link StoreDigests#digest(String, Duration)}: the digest within a time budget, never computed on this thread. */
    @Override
    public Optional<VersionedDigest> digest(String storyId, Duration budget) {
        return digests.digest(storyId, budget);
    }

    /** The story's latest stored digest, never computed here (for lists); empty while none is stored. */
    @Override
    public Optional<VersionedDigest> storedDigest(String storyId) {
        return storedDigests.digest(storyId);
    }

    /** The story's stored digest as it stood at {@code version} reports (the latest at most that); see StoredDigests. */
    @Override
    public Optional<VersionedDigest> digestAt(String storyId, int version) {
        return storedDigests.digestAt(storyId, version);
    }

    /** The cleaned texts of a story's articles by id, for renderers that show evidence in context. */
    @Override
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
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    /**
     * The stories of the best {@code maxArticles} articles matching a query, best first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    @Override
    public Set<String> storiesMatching(String query, int maxArticles) throws IOException {
        return searcher.storiesMatching(query, maxArticles);
    }

    /** Up to {@code n} articles most like the given one, the most similar first; empty for an unknown id. */
    @Override
    public List<SearchResult.Hit> similar(String articleId, int n) throws IOException {
        Optional<StoredArticle> stored = article(articleId);
        return stored.isEmpty() ? List.of() : searcher.similar(stored.get(), n);
    }

    /** Waits until no digest is pending or being computed, at most {@code timeout}; true when idle. */
    public boolean awaitDigests(Duration timeout) throws InterruptedException {
        return scheduler.awaitIdle(timeout);
    }

    private void digestIfStale(String storyId) {
        digests.digestIfStale(storyId);
    }

    /** The current catalog of stories and their members (replaced when a failed write resets the store). */
    StoreCatalog catalog() {
        return catalog;
    }

    /** The current reader of stored articles (replaced when a failed write resets the store). */
    ArticleReader reader() {
        return reader;
    }

    /** Counts a digest stored and tells the story list that headlines may have changed. */
    void digestStored() {
        digestCount.incrementAndGet();
        storyList.headlinesChanged();
    }

    /** The boilerplate learned from the stream so far (restored from the checkpoint on open); a snapshot. */
    RecurringSentences learnedBoilerplate() {
        synchronized (writeLock) {
            return recurring.snapshot();
        }
    }

    /**
     * Writes the digest's entities to its articles' documents ({@link EntityFields}). Derivable, so not committed here:
     * the next batch's commit (or close) takes them along. Holds the write lock so a merge cannot move an article
     * between reading its story and rewriting its document.
     */
    void writeEntities(List<String> ids, StoryDigest digest) {
        synchronized (writeLock) {
            try {
                if (EntityFields.write(ids, digest, catalog, reader, writer)) {
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
     * Drops every story whose last report appeared longer ago than {@code age} (by the store's clock; a report
     * appeared at its publication time, or when it was stored if undated or dated later), with its articles, digest
     * and analyses, takes it out of the story index's active set, and commits.
     *
     * @return the number of stories dropped
     */
    public int expire(Duration age) throws IOException {
        Instant cutoff = options.clock().instant().minus(age);
        List<String> dropped = new ArrayList<>();
        long ticket;
        long batchEpoch;
        synchronized (writeLock) {
            ensureOpen();
            batchEpoch = epoch;
            for (String storyId : List.copyOf(catalog.storyIds())) {
                Instant last = catalog.heads(catalog.members(storyId)).stream().map(ArticleHead::reportTime)
                        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
                if (last.isBefore(cutoff)) {
                    assigner.retire(storyId);
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
            commitThrough(ticket, batchEpoch);
            storedDigests.commit();
        }
        return dropped.size();
    }

    private void ensureOpen() {
        if (closed) {
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
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    searchers.close();
                    if (writer.isOpen()) {
                        try {
                            writer.setLiveCommitData(commitData());
                            writer.commit();
                            if (nextSeq.get() > checkpointedSeq) {
                                checkpoint.write(nextSeq.get(), storyIndex.snapshot(), recurring.learnedKeys());
                            }
                            writer.close();
                        } catch (IOException | RuntimeException e) {
                            writer.rollback(); // what the last commit holds is what the next open finds
                            throw e;
                        }
                    }
                } finally {
                    directory.close();
                    storedDigests.close();
                }
            }
        }
    }


}
