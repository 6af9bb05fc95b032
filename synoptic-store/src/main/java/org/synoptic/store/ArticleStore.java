package org.synoptic.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.synoptic.cluster.StoryIndex;
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
 * duplicate. Reads go on; {@link #writeProblem()} says why until the next write succeeds on a fresh writer. The
 * index writer, that in-heap state and every change to them are the {@link ArticleWriter}'s; this class wires it to
 * the deep tier and answers reads.
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

    private final StoredDigests storedDigests;
    /** The write side: the index, the in-heap state rebuilt from its last commit, and every change to them. */
    private final ArticleWriter writer;
    private final DigestScheduler scheduler;
    /** The deep tier's side of the store: digests stored, served and computed. */
    private final StoreDigests digests;
    private final OpenReport opened;
    private final AtomicLong digestCount = new AtomicLong();

    private ArticleStore(Path dir, StoreOptions options, UnaryOperator<Directory> wrapper) throws IOException {
        Files.createDirectories(dir);
        Directory directory = wrapper.apply(FSDirectory.open(dir.resolve("index")));
        StoreCheckpoint checkpoint = new StoreCheckpoint(dir.resolve("checkpoint"));
        this.storedDigests = new StoredDigests(dir.resolve("derived"));
        long openStart = System.nanoTime();
        this.writer = new ArticleWriter(directory, options, checkpoint, storedDigests, this::forget);
        StoreReplay.Result replayed = writer.opened();
        this.opened = new OpenReport(replayed.checkpointSeq(), replayed.replayed(), (System.nanoTime() - openStart) / 1_000_000);
        this.scheduler = new DigestScheduler(options.digestThreads(), options.debounce(), DigestScheduler.MAX_WAIT,
                options.maxPendingDigests(), DigestScheduler.MAX_URGENT, System::nanoTime, this::digestIfStale);
        this.digests = new StoreDigests(this, storedDigests, scheduler, options);
        // only the stories that grew since their stored digest wait for one
        StoreCatalog catalog = writer.catalog();
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

    /** Why writing failed last, until a write succeeds again; empty while writing works. Reads go on meanwhile. */
    @Override
    public Optional<String> writeProblem() {
        return writer.writeProblem();
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
        ArticleWriter.Written written = writer.ingest(batch);
        for (String storyId : written.touched()) {
            if (writer.catalog().members(storyId).size() >= 2) {
                scheduler.grew(storyId);
            }
        }
        return written.result();
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
        return writer.catalog().head(id).map(writer.reader()::stored);
    }

    /**
     * The deep tier's stored analysis of an article, made when its story's digest was computed; empty when the
     * article was never analysed (a one-report story nobody opened, or a story whose digest is still due). This never
     * runs the models.
     */
    @Override
    public Optional<ArticleAnalysis> analysis(String articleId) {
        return writer.catalog().contains(articleId) ? storedDigests.analysis(articleId) : Optional.empty();
    }

    /** Asks for the digest of the article's story in the background, even a one-report story's; false if unknown. */
    @Override
    public boolean requestAnalysis(String articleId) {
        Optional<ArticleHead> head = writer.catalog().head(articleId);
        head.ifPresent(h -> scheduler.grew(h.storyId()));
        return head.isPresent();
    }

    /** The number of stored articles. */
    @Override
    public long articleCount() {
        return writer.catalog().articleCount();
    }

    /** The number of stories. */
    @Override
    public int storyCount() {
        return writer.catalog().storyCount();
    }

    @Override
    public int pendingDigests() {
        return scheduler.pending();
    }

    /** Articles stored and duplicates recognised since the store was opened, digests computed, commits made. */
    public StoreCounters counters() {
        return writer.counters(digestCount.get(), scheduler.stats());
    }

    /** Every story, the most recently updated first, then the larger first; a snapshot. */
    @Override
    public List<StorySummary> stories() {
        return writer.storyList().stories();
    }

    /** The story with this id, summarised. */
    @Override
    public Optional<StorySummary> story(String id) {
        return writer.storyList().story(id);
    }

    /**
     * The stories of another language linked into this one, with the evidence that linked them (the same
     * {@link org.synoptic.cluster.StoryLinker} rules as {@code synoptic cluster}); empty when none was or the story is
     * unknown.
     */
    @Override
    public List<org.synoptic.cluster.StoryLink> links(String storyId) {
        return writer.assigner().links().links(storyId);
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
        List<String> ids = writer.catalog().members(storyId);
        List<Article> articles = writer.reader().articles(ids);
        for (Article a : articles) {
            texts.put(a.id(), a.text());
        }
        return texts;
    }

    /** Searches the stored articles. */
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return writer.searcher().search(request);
    }

    /**
     * The stories of the best {@code maxArticles} articles matching a query, best first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    @Override
    public Set<String> storiesMatching(String query, int maxArticles) throws IOException {
        return writer.searcher().storiesMatching(query, maxArticles);
    }

    /** Up to {@code n} articles most like the given one, the most similar first; empty for an unknown id. */
    @Override
    public List<SearchResult.Hit> similar(String articleId, int n) throws IOException {
        Optional<StoredArticle> stored = article(articleId);
        return stored.isEmpty() ? List.of() : writer.searcher().similar(stored.get(), n);
    }

    /** Waits until no digest is pending or being computed, at most {@code timeout}; true when idle. */
    public boolean awaitDigests(Duration timeout) throws InterruptedException {
        return scheduler.awaitIdle(timeout);
    }

    private void digestIfStale(String storyId) {
        digests.digestIfStale(storyId);
    }

    /** Forgets a story's pending digest: the writer merged it away or dropped it. */
    private void forget(String storyId) {
        scheduler.forget(storyId);
    }

    /** The current catalog of stories and their members (replaced when a failed write resets the store). */
    StoreCatalog catalog() {
        return writer.catalog();
    }

    /** The current reader of stored articles (replaced when a failed write resets the store). */
    ArticleReader reader() {
        return writer.reader();
    }

    /** Counts a digest stored and tells the story list that headlines may have changed. */
    void digestStored() {
        digestCount.incrementAndGet();
        writer.storyList().headlinesChanged();
    }

    /** The boilerplate learned from the stream so far (restored from the checkpoint on open); a snapshot. */
    RecurringSentences learnedBoilerplate() {
        return writer.learnedBoilerplate();
    }

    /**
     * Writes the digest's entities to its articles' documents ({@link EntityFields}). Derivable, so not committed here:
     * the next batch's commit (or close) takes them along.
     */
    void writeEntities(List<String> ids, StoryDigest digest) {
        writer.writeEntities(ids, digest);
    }

    /**
     * Drops every story whose last report appeared longer ago than {@code age} (by the store's clock; a report
     * appeared at its publication time, or when it was stored if undated or dated later), with its articles, digest
     * and analyses, takes it out of the story index's active set, and commits.
     *
     * @return the number of stories dropped
     */
    public int expire(Duration age) throws IOException {
        return writer.expire(age);
    }

    /**
     * Closes the store: stops the digest workers (digests still due are computed after the next open) and commits
     * what was written since the last batch.
     */
    @Override
    public void close() throws IOException {
        scheduler.close();
        writer.close();
    }
}
