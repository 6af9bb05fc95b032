package org.synoptic.cluster;

import static org.synoptic.cluster.ActiveStory.UNKNOWN_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.synoptic.model.Article;

/**
 * The mutable state of online story clustering: the active stories with their centroids and clocks, and the document
 * frequencies learnt from every article added. What happens to articles and stories leaves the index as
 * {@link StoryEvents}; its state can be saved as a {@link StoryIndexSnapshot} and {@link #restore restored}. Two
 * kinds, made by {@link StoryClusterer}: {@link StoryClusterer#newIndex()} collects every story and article so that
 * {@link #stories()}, {@link #storyOf} and {@link #merges()} answer (a batch: memory grows with the input);
 * {@link StoryClusterer#newIndex(StoryEvents)} and {@link #restore} hold the active stories only and hand everything
 * else to the listener (a stream: memory grows with the active stories and the vocabulary). Articles are added one at
 * a time in arrival order; a story's id is fixed by its founding article and changes only when the story is merged
 * into an older one.
 *
 * <p>Time: a story's pull on an article decays with the gap between their publication times ({@link #decay}); only
 * where the article or the story has no date does it decay with the articles that arrived since. A date more than
 * {@link #MAX_AHEAD} after the stream's latest reliable time and the clock is not believed: the article counts as
 * published at that latest time, does not move the stream's time and is reported ({@link StoryEvents#redated}), so one
 * report dated 2036 cannot turn every active story cold.
 *
 * <p><b>Not thread-safe.</b> The caller owns the index and must confine it to one thread or synchronise on it;
 * this is the explicit shared state of the clustering stage. {@link StoryClusterer#termVector} may run on other
 * threads ahead of {@link #add(Article, TermVector)}.
 */
public final class StoryIndex {

    /** How far ahead of the stream's latest reliable time (or the clock, if later) a publication date is believed. */
    public static final Duration MAX_AHEAD = Duration.ofDays(1);

    /** Articles a short stream may grow by before cached norms are recomputed anyway. */
    private static final long NORM_SLACK = 64;
    private static final int EVICTION_INTERVAL = 1000;
    /** How often (in articles) the vocabulary's size is checked against {@link StoryClusterer#vocabularyLimit()}. */
    private static final int PRUNE_INTERVAL = 10_000;
    private static final int COLD_AFTER_HALF_LIVES = 8;
    /** Cold stories are looked for whenever the stream's time has moved this part of {@code coldAfter} on. */
    private static final int EVICTION_STEPS = 240;

    private final StoryClusterer config;
    private final StoryEvents events;
    /** The history a batch index keeps; {@code null} for a streaming index. */
    private final StoryCollector collector;

    private long documentCount;
    private long latestTime = UNKNOWN_TIME;
    private long evictedAt = UNKNOWN_TIME;
    private long mergeCount;
    private long redatedCount;

    private final TermPostings vocabulary = new TermPostings();
    /** Active stories by slot; slots ascend with age of foundation, and empty ones are cold stories' leftovers. */
    private ActiveStory[] bySlot = new ActiveStory[1024];
    private int slotCount;
    private int activeCount;
    private final Map<String, ActiveStory> activeById = new HashMap<>();

    private final CandidateFinder candidates = new CandidateFinder();

    StoryIndex(StoryClusterer config, StoryEvents events, boolean collect) {
        this.config = Objects.requireNonNull(config, "config");
        this.collector = collect ? new StoryCollector() : null;
        StoryEvents given = Objects.requireNonNull(events, "events");
        this.events = collector == null ? given : StoryEvents.both(collector, given);
    }

    /**
     * A streaming index that goes on from a snapshot exactly as the index that made it would: the same articles added
     * after it give the same events. It keeps no history ({@link #stories()} is not available).
     *
     * @param config   a clusterer with the same {@link StoryClusterer#settings()} as the one that made the snapshot
     * @param snapshot the saved state
     * @param events   where the index reports; not {@code null}
     * @throws IllegalArgumentException when the settings differ (the snapshot's stories would be placed by other rules)
     */
    public static StoryIndex restore(StoryClusterer config, StoryIndexSnapshot snapshot, StoryEvents events) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!config.settings().equals(snapshot.settings())) {
            throw new IllegalArgumentException("snapshot was made with other settings: " + snapshot.settings()
                    + " (this clusterer: " + config.settings() + ")");
        }
        StoryIndex index = new StoryIndex(config, events, false);
        index.documentCount = snapshot.articleCount();
        index.latestTime = snapshot.latestTime();
        index.evictedAt = snapshot.evictedAt();
        index.mergeCount = snapshot.mergeCount();
        index.redatedCount = snapshot.redatedCount();
        int[] df = snapshot.documentFrequencies();
        List<String> terms = snapshot.terms();
        for (int i = 0; i < terms.size(); i++) {
            int id = index.vocabulary.intern(terms.get(i));
            if (id != i) {
                throw new IllegalArgumentException("snapshot vocabulary repeats term " + terms.get(i));
            }
            index.vocabulary.documentFrequency[id] = df[i];
        }
        for (StoryIndexSnapshot.ActiveStoryState state : snapshot.stories()) {
            index.found(state.id()).restore(state, index.vocabulary, index.bySlot);
        }
        return index;
    }

    /**
     * The index's state now: vocabulary, active stories and counters (not a collecting index's history). Costs a copy
     * of the vocabulary and the centroids, taken on the index's thread; the snapshot is immutable, so it may be written
     * on another thread while the index goes on.
     */
    public StoryIndexSnapshot snapshot() {
        int n = vocabulary.size();
        List<StoryIndexSnapshot.ActiveStoryState> states = new ArrayList<>(activeCount);
        for (int slot = 0; slot < slotCount; slot++) {
            ActiveStory s = bySlot[slot];
            if (s != null) {
                states.add(s.state());
            }
        }
        return new StoryIndexSnapshot(config.settings(), documentCount, latestTime, evictedAt, mergeCount, redatedCount,
                Arrays.asList(vocabulary.terms).subList(0, n), Arrays.copyOf(vocabulary.documentFrequency, n), states);
    }

    /**
     * Adds an article and returns the id of the story it joins; as {@link #add(Article, TermVector)} with the vector
     * analysed here.
     */
    public String add(Article article) {
        Objects.requireNonNull(article, "article");
        Optional<String> known = collector == null ? Optional.empty() : collector.storyOf(article.id());
        return known.orElseGet(() -> add(article, config.termVector(article)));
    }

    /**
     * Adds an article and returns the id of the story it joins: the best-scoring active story when its score
     * reaches the threshold, else a new story founded by this article. When the article also reaches the threshold
     * of another active story whose centroid is similar to its own story's ({@link StoryClusterer#mergeThreshold()}),
     * the younger of the two is merged into the older and the older's id is returned. Reports what happened to the
     * listener ({@link StoryEvents}). A collecting index ({@link StoryClusterer#newIndex()}) ignores an article id it
     * has seen and returns its story; a streaming index does not remember article ids, so its caller must not add an
     * article twice.
     *
     * @param article the next article in arrival order; not {@code null}
     * @param vector  {@code article}'s terms, made by {@link StoryClusterer#termVector} of this index's clusterer
     * @return the story id, never {@code null}
     */
    public String add(Article article, TermVector vector) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(vector, "vector");
        if (collector != null && collector.storyOf(article.id()).isPresent()) {
            return collector.storyOf(article.id()).get();
        }
        Placed placed = place(article, vector);
        double threshold = config.thresholdFor(placed.ids.length);
        double timeScale = config.timeScaleFor(placed.ids.length);
        List<Scored> above = scoreCandidates(placed.ids, placed.weights, placed.idfs, placed.time, timeScale, threshold);
        ActiveStory story = above.isEmpty() ? found(StoryClusterer.storyId(article.id())) : above.get(0).story;
        join(story, article.id(), placed);
        for (int k = 1; k < above.size(); k++) {
            ActiveStory other = above.get(k).story;
            if (bySlot[other.slot] == other && other != story && similarity(story, other) >= config.mergeThreshold()) {
                story = merge(story, other);
            }
        }
        return story.id;
    }

    /**
     * Adds a near-copy of a report that is already in story {@code storyId} (the same syndication group, as the
     * caller's duplicate check found): it joins that story whatever its score. When that story has gone cold, it comes
     * back as an active story under the same id with this article's terms as its centroid. Reports
     * {@link StoryEvents#assigned} like {@link #add}.
     *
     * @param article the next article in arrival order; not {@code null}
     * @param vector  {@code article}'s terms, made by {@link StoryClusterer#termVector} of this index's clusterer
     * @param storyId the story of the report it copies; not {@code null}
     * @return {@code storyId}
     */
    public String addCopy(Article article, TermVector vector, String storyId) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(storyId, "storyId");
        Placed placed = place(article, vector);
        ActiveStory story = activeById.get(storyId);
        join(story == null ? found(storyId) : story, article.id(), placed);
        return storyId;
    }

    /**
     * Takes a story out of the active set, as if it had gone cold, so that no later article joins it; its members
     * stay wherever the caller keeps them. Used when a store drops an expired story.
     *
     * @return whether the story was active
     */
    public boolean retire(String storyId) {
        ActiveStory s = activeById.get(storyId);
        if (s != null) {
            deactivate(s);
        }
        return s != null;
    }

    /**
     * The stories so far in order of foundation, active and cold alike, without those merged away; a snapshot.
     *
     * @throws IllegalStateException for a streaming index, which keeps no history
     */
    public List<Story> stories() {
        return history().stories();
    }

    /**
     * The merges so far, in the order they happened; an immutable snapshot.
     *
     * @throws IllegalStateException for a streaming index, which keeps no history
     */
    public List<StoryMerge> merges() {
        return history().merges();
    }

    /** The number of merges so far: {@code merges().size()} without the copy; kept by every index. */
    public int mergeCount() {
        return Math.toIntExact(mergeCount);
    }

    /**
     * The id of the story an added article belongs to now, or empty when the article was never added.
     *
     * @throws IllegalStateException for a streaming index, which keeps no history
     */
    public Optional<String> storyOf(String articleId) {
        return history().storyOf(articleId);
    }

    /** Whether this index keeps every story and article ({@link StoryClusterer#newIndex()}). */
    public boolean keepsHistory() {
        return collector != null;
    }

    /** The number of articles added. */
    public long articleCount() {
        return documentCount;
    }

    /** The number of stories that can still accept articles. */
    public int activeStoryCount() {
        return activeCount;
    }

    /** The number of articles whose date lay more than {@link #MAX_AHEAD} ahead and was not believed. */
    public long redatedCount() {
        return redatedCount;
    }

    /** The number of distinct terms seen. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    private StoryCollector history() {
        if (collector == null) {
            throw new IllegalStateException("a streaming index keeps no history: its StoryEvents listener has it");
        }
        return collector;
    }

    /** An article's terms interned and sorted by term id, with their IDF, and the time it counts as published at. */
    private record Placed(int[] ids, double[] weights, double[] idfs, long time, long arrival) { }

    /** Counts the article in: document frequencies, arrival number, the stream's time and the evictions it brings. */
    private Placed place(Article article, TermVector vector) {
        if (documentCount % PRUNE_INTERVAL == 0 && vocabulary.size() > config.vocabularyLimit()) {
            pruneVocabulary(); // before this article's terms are interned: they must not be forgotten
        }
        int n = vector.size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int id = vocabulary.intern(vector.term(i));
            vocabulary.documentFrequency[id]++;
            order[i] = ((long) id << 32) | i;
        }
        Arrays.sort(order);
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (order[i] >>> 32);
            weights[i] = vector.weight((int) order[i]);
        }
        long arrival = documentCount++;
        long time = article.publishedEpochMillis().orElse(UNKNOWN_TIME);
        if (time != UNKNOWN_TIME) {
            long now = config.clock().millis();
            long present = latestTime == UNKNOWN_TIME ? now : Math.max(latestTime, now);
            if (time > present + MAX_AHEAD.toMillis()) {
                long used = latestTime == UNKNOWN_TIME ? now : latestTime;
                redatedCount++;
                events.redated(article.id(), time, used);
                time = used;
            } else if (latestTime == UNKNOWN_TIME || time > latestTime) {
                latestTime = time;
                long step = Math.max(1, config.coldAfter().toMillis() / EVICTION_STEPS);
                if (evictedAt == UNKNOWN_TIME || time >= evictedAt + step) {
                    evictedAt = time;
                    evictCold(time);
                }
            }
        }
        if (documentCount % EVICTION_INTERVAL == 0) {
            evictPassedBy();
        }
        double[] idfs = new double[n];
        for (int i = 0; i < n; i++) {
            idfs[i] = idf(ids[i]);
        }
        return new Placed(ids, weights, idfs, time, arrival);
    }

    /** An active story and the article's score for it. */
    private record Scored(ActiveStory story, double score) { }

    /**
     * The active stories whose score for the article reaches {@code threshold}, best first (ties: older first).
     * Candidates come from the {@link CandidateFinder}; their scores are then exact over all terms.
     */
    private List<Scored> scoreCandidates(int[] ids, double[] weights, double[] idfs, long time, double timeScale,
                                         double threshold) {
        int n = ids.length;
        double articleNorm2 = 0;
        double[] articleWeights = new double[n];
        for (int i = 0; i < n; i++) {
            articleWeights[i] = weights[i] * idfs[i];
            articleNorm2 += articleWeights[i] * articleWeights[i];
        }
        if (articleNorm2 == 0) {
            return List.of();
        }
        int[] leaders = candidates.leaders(ids, articleWeights, idfs, vocabulary, bySlot, this::centroidNorm);
        double articleNorm = Math.sqrt(articleNorm2);
        List<Scored> above = new ArrayList<>(2);
        for (int leader : leaders) {
            ActiveStory s = bySlot[leader];
            double dot = 0;
            int[] cTerms = s.terms;
            double[] cWeights = s.weights;
            int i = 0;
            int j = 0;
            while (i < n && j < s.size) {
                if (ids[i] < cTerms[j]) {
                    i++;
                } else if (ids[i] > cTerms[j]) {
                    j++;
                } else {
                    dot += articleWeights[i] * cWeights[j] * idfs[i];
                    i++;
                    j++;
                }
            }
            double score = dot / (articleNorm * centroidNorm(s)) * decay(s, time, timeScale);
            if (score >= threshold) {
                above.add(new Scored(s, score));
            }
        }
        above.sort((x, y) -> {
            int c = Double.compare(y.score, x.score);
            return c != 0 ? c : Integer.compare(x.story.slot, y.story.slot);
        });
        return above;
    }

    /**
     * The factor by which a story's pull on an article at {@code time} decays: a Gaussian on the gap between the
     * article's publication time and the story's time span, {@code exp(-gap^2 / (2 timeScale^2))}, as Miranda et al.
     * (EMNLP 2018) score the gap in publication time; {@code timeScale} is in ms ({@link StoryClusterer#timeScaleFor}).
     * Only where the article or the story has no date does the pull halve every
     * {@link StoryClusterer#halfLifeArticles()} later arrivals instead.
     */
    private double decay(ActiveStory s, long time, double timeScale) {
        if (time == UNKNOWN_TIME || s.lastTime == UNKNOWN_TIME) {
            return Math.pow(0.5, (double) (documentCount - 1 - s.lastArrival) / config.halfLifeArticles());
        }
        long gap = time > s.lastTime ? time - s.lastTime : time < s.firstTime ? s.firstTime - time : 0;
        double z = gap / timeScale;
        return Math.exp(-0.5 * z * z);
    }

    /** The norm of a story's IDF-weighted centroid, cached ({@link ActiveStory#norm}). */
    private double centroidNorm(ActiveStory s) {
        return s.norm(documentCount, NORM_SLACK, this::idf);
    }

    /** The cosine of two stories' IDF-weighted centroids. */
    private double similarity(ActiveStory a, ActiveStory b) {
        double norms = centroidNorm(a) * centroidNorm(b);
        return norms == 0 ? 0 : a.dot(b, this::idf) / norms;
    }

    private double idf(int term) {
        int df = vocabulary.documentFrequency[term];
        // 1 + ... keeps terms shared by every article of a tiny stream from weighing nothing
        // The prior documents keep IDF meaningful in short streams, where every term of a one-story batch is common.
        return Math.log(1.0 + (documentCount + 1.0 + config.priorDocuments()) / (df + 0.5));
    }

    /** A new active story in the next slot (the youngest), renumbering the slots first when most are empty. */
    private ActiveStory found(String id) {
        if (slotCount == bySlot.length) {
            if (activeCount * 2 < slotCount) {
                renumberSlots();
            } else {
                bySlot = Arrays.copyOf(bySlot, slotCount * 2);
                candidates.grow(slotCount * 2);
            }
        }
        ActiveStory s = new ActiveStory(id, slotCount++);
        bySlot[s.slot] = s;
        activeCount++;
        activeById.put(id, s);
        return s;
    }

    /** Gives the active stories slots 0, 1, … in their order, so cold stories' slots are reused; postings follow. */
    private void renumberSlots() {
        int[] newSlot = new int[slotCount];
        int next = 0;
        for (int slot = 0; slot < slotCount; slot++) {
            ActiveStory s = bySlot[slot];
            newSlot[slot] = s == null ? -1 : next;
            if (s != null) {
                bySlot[slot] = null;
                bySlot[next] = s;
                s.slot = next++;
            }
        }
        slotCount = next;
        vocabulary.renumber(newSlot);
    }

    private void join(ActiveStory s, String articleId, Placed placed) {
        s.members++;
        s.lastArrival = Math.max(s.lastArrival, placed.arrival);
        s.seen(placed.time);
        s.addToCentroid(placed.ids, placed.weights, placed.ids.length, config.maxCentroidTerms(), vocabulary, this::idf, bySlot);
        events.assigned(articleId, s.id);
    }

    /**
     * Merges two active stories: the younger into the older, whose id survives with the other's members, centroid
     * and time span; the younger leaves the index ({@link StoryEvents#merged}).
     *
     * @return the survivor
     */
    private ActiveStory merge(ActiveStory a, ActiveStory b) {
        ActiveStory keep = a.slot < b.slot ? a : b;
        ActiveStory gone = keep == a ? b : a;
        keep.members += gone.members;
        keep.lastArrival = Math.max(keep.lastArrival, gone.lastArrival);
        keep.seen(gone.firstTime);
        keep.seen(gone.lastTime);
        int[] goneTerms = gone.terms;
        double[] goneWeights = gone.weights;
        int goneSize = gone.size;
        deactivate(gone);
        keep.addToCentroid(goneTerms, goneWeights, goneSize, config.maxCentroidTerms(), vocabulary, this::idf, bySlot);
        mergeCount++;
        events.merged(gone.id, keep.id);
        return keep;
    }

    /**
     * Undated stories that {@value #COLD_AFTER_HALF_LIVES} arrival half-lives of articles have passed by go cold:
     * their decay factor is below 0.4 %, so no article could join them anyway. This bounds the active set, and with it
     * memory and the cost of each {@link #add}, on an endless stream without dates. Dated stories go cold by the
     * clock only ({@link #evictCold}).
     */
    private void evictPassedBy() {
        long limit = (long) COLD_AFTER_HALF_LIVES * config.halfLifeArticles();
        evict(s -> s.lastTime == UNKNOWN_TIME && documentCount - 1 - s.lastArrival > limit);
    }

    /** Dated stories whose latest report is more than {@link StoryClusterer#coldAfter()} before {@code now} go cold. */
    private void evictCold(long now) {
        long coldAfter = config.coldAfter().toMillis();
        evict(s -> s.lastTime != UNKNOWN_TIME && now - s.lastTime > coldAfter);
    }

    private void evict(java.util.function.Predicate<ActiveStory> cold) {
        for (int slot = 0; slot < slotCount; slot++) {
            ActiveStory s = bySlot[slot];
            if (s != null && cold.test(s)) {
                deactivate(s);
                events.cooled(s.id);
            }
        }
    }

    /**
     * Forgets the terms that only one article ever had and no active story holds, so that the vocabulary of an endless
     * stream (names, numbers, typos) does not grow without bound. Such a term, seen again, counts as new: its IDF is
     * that of a first sighting instead of a second. Checked every {@value #PRUNE_INTERVAL} articles, so a run restored
     * from a snapshot prunes at the same points as an uninterrupted one.
     */
    private void pruneVocabulary() {
        int[] newId = vocabulary.prune(1);
        for (int slot = 0; slot < slotCount; slot++) {
            if (bySlot[slot] != null) {
                bySlot[slot].renumberTerms(newId);
            }
        }
    }

    /** Takes a story out of the index; its postings are compacted away lazily. */
    private void deactivate(ActiveStory s) {
        bySlot[s.slot] = null;
        activeCount--;
        activeById.remove(s.id);
        for (int j = 0; j < s.size; j++) {
            vocabulary.active[s.terms[j]]--;
        }
        s.terms = new int[0];
        s.weights = new double[0];
        s.size = 0;
    }
}
