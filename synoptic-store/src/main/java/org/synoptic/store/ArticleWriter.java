package org.synoptic.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryIndexSnapshot;
import org.synoptic.digest.StoryDigest;
import org.synoptic.model.Article;
import org.synoptic.text.RecurringSentences;

/**
 * The write side of an {@link ArticleStore}: the writer on its article index, the in-heap state rebuilt from the
 * index's last commit (catalog, story index and assigner, text reader, searcher, recurring-sentence counter, story
 * list), and every change to them: storing a batch with group commit, moving the articles of merged stories, writing a
 * digest's entities, dropping expired stories, and closing.
 *
 * <p><b>Contract.</b> A batch is stored whole or not at all. When a write or a commit fails, everything written since
 * the last commit is dropped and the in-heap state is rebuilt from that commit ({@link #resetToLastCommit}), so no
 * reader sees an article that was not acknowledged; {@link #writeProblem()} says why until a commit succeeds again.
 * The state's parts are replaced together and published through volatile fields: a reader that takes one part (say
 * {@link #catalog()}) gets the part of the last commit or of the written batches after it, never a half-built one.
 *
 * <p>Thread-safe: writes are serialised by a write lock up to their commit, commits by a commit lock, taken before the
 * write lock when both are needed; reading the state's parts takes no lock. Holds no digest logic: it only tells its
 * owner, through {@code forget}, which stories were merged away or dropped. Package-private: {@link ArticleStore}
 * states the public contract.
 */
final class ArticleWriter {

    /** Sentences the recurring-boilerplate counter keeps counts for: about 100 MB of heap at most. */
    static final int RECURRING_CAPACITY = 100_000;

    /**
     * A batch as written and committed.
     *
     * @param result  the outcome of every article, in batch order
     * @param touched the stories that got an article (after merges: the surviving stories), in order of first touch
     */
    record Written(IngestResult result, Set<String> touched) {
    }

    private final Directory directory;
    private final StoreOptions options;
    private final StoredDigests storedDigests;
    private final StoreCheckpoint checkpoint;
    /** Told the id of every story merged away or dropped, so its pending digest is forgotten. */
    private final Consumer<String> forget;
    private final MergeLog mergeLog = new MergeLog();
    private final StoreReplay.Result opened;
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
    /** Arrival number the newest checkpoint covers up to; guarded by the commit lock. */
    private long checkpointedSeq;
    private final Object writeLock = new Object();
    private final Object commitLock = new Object();
    /** Batches written and batches committed, for group commit: a batch waits until committed reaches its number. */
    private long written;
    private volatile long committed;

    private final AtomicLong nextSeq = new AtomicLong();
    private final AtomicLong storedCount = new AtomicLong();
    private final AtomicLong duplicateCount = new AtomicLong();
    private final AtomicLong commitCount = new AtomicLong();
    private final AtomicLong resetCount = new AtomicLong();

    /**
     * Opens a writer on the index in {@code directory} and rebuilds the in-heap state from its last commit, restoring
     * the newest checkpoint and replaying the articles stored after it ({@link StoreReplay}).
     */
    ArticleWriter(Directory directory, StoreOptions options, StoreCheckpoint checkpoint, StoredDigests storedDigests,
            Consumer<String> forget) throws IOException {
        this.directory = directory;
        this.options = options;
        this.checkpoint = checkpoint;
        this.storedDigests = storedDigests;
        this.forget = forget;
        this.opened = openIndex();
    }

    /** How the index was opened: the checkpoint restored and the articles replayed. */
    StoreReplay.Result opened() {
        return opened;
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
            this.searcher = new StoreSearcher(sm, ArticleDocuments.queryAnalyzer(),
                    id -> catalog.head(id).map(reader::stored).orElse(null));
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
            System.getLogger(ArticleWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "the article index could not be reopened after a failed write; the next write tries again", e);
        }
    }

    /** The failure as users should read it: the root cause's message, with what it means for a full disk. */
    private static String describe(Throwable e) {
        return StoreWriteException.noSpace(e) ? "no space left on device: " + StoreWriteException.rootMessage(e)
                : StoreWriteException.rootMessage(e);
    }

    /** Why writing failed last, until a write succeeds again; empty while writing works. Reads go on meanwhile. */
    Optional<String> writeProblem() {
        return Optional.ofNullable(writeProblem);
    }

    /**
     * Stores a batch of articles in order and commits it, as {@link ArticleStore#ingest(List)} states: duplicates are
     * answered with their original, taken ids get a suffix, and the batch is durable when this returns. The caller has
     * checked the fields ({@code FieldLimits}).
     *
     * @throws StoreWriteException when the index cannot be written or committed: nothing of the batch was stored
     * @throws IOException         when the index cannot be read
     */
    Written ingest(List<Article> batch) throws IOException {
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
        return new Written(result, touched);
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
                    System.getLogger(ArticleWriter.class.getName()).log(System.Logger.Level.WARNING,
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
            forget.accept(merge.fromStoryId());
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
        return List.of(Map.entry(ArticleStore.ANALYSIS_KEY, ArticleDocuments.ANALYSIS_VERSION),
                Map.entry(StoryLinks.COMMIT_KEY, assigner.links().encode()));
    }

    /** The current catalog of stories and their members (replaced when a failed write resets the store). */
    StoreCatalog catalog() {
        return catalog;
    }

    /** The current reader of stored articles (replaced when a failed write resets the store). */
    ArticleReader reader() {
        return reader;
    }

    /** The current searcher over the stored articles (replaced when a failed write resets the store). */
    StoreSearcher searcher() {
        return searcher;
    }

    /** The current story assigner, with the story links (replaced when a failed write resets the store). */
    StoryAssigner assigner() {
        return assigner;
    }

    /** The current list of stories (replaced when a failed write resets the store). */
    StoryList storyList() {
        return storyList;
    }

    /** The store's counters: the write side's, with the digests computed and the deep tier's {@code deep} figures. */
    StoreCounters counters(long digestCount, DigestScheduler.Stats deep) {
        long nearCopies = assigner.copies(); // volatile: /metrics does not wait for a batch being written
        return new StoreCounters(storedCount.get(), duplicateCount.get(), digestCount, deep.pending(),
                commitCount.get(), resetCount.get(), nearCopies, deep.running(), deep.shed(), deep.refused(),
                deep.failed(), deep.coalesced());
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
    int expire(Duration age) throws IOException {
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
                    forget.accept(storyId);
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
     * Commits what was written since the last batch, writes a checkpoint when articles came after the last one, and
     * closes the index, its directory and the stored digests; a second call does nothing.
     */
    void close() throws IOException {
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
