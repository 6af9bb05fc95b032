package org.synoptic.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.synoptic.model.Article;

/**
 * The mutable state of online story clustering: the stories so far, which of them are still active, their
 * centroids and the document frequencies learnt from every article added.
 *
 * <p>Made by {@link StoryClusterer#newIndex()}, whose settings it uses. Articles are added one at a time in arrival
 * order; a story's id is fixed by its founding article. An article's assignment changes only when its story is
 * merged into an older one ({@link #merges()}): then the older story's id stands for both.
 *
 * <p>Design decision: terms are interned to int ids, a centroid is a pair of arrays sorted by term id, and the
 * postings from term to active stories are int lists. Scoring an article is then one pass over a few postings into an
 * accumulator and a merge of sorted arrays per candidate, with no hashing per term and story. Postings of a story that
 * went cold are dropped lazily: skipped while scanning and compacted away once they are the majority of their list.
 *
 * <p><b>Not thread-safe.</b> The caller owns the index and must confine it to one thread or synchronise on it;
 * this is the explicit shared state of the clustering stage. {@link StoryClusterer#termVector} may run on other
 * threads ahead of {@link #add(Article, TermVector)}.
 */
public final class StoryIndex {

    /** Stands for an article or story without a parsable publication time. */
    private static final long UNKNOWN_TIME = Long.MIN_VALUE;

    /** Articles a short stream may grow by before cached norms are recomputed anyway. */
    private static final long NORM_SLACK = 64;
    /** A term shared by more active stories than this does not tell them apart and finds no candidates. */
    private static final int MAX_CANDIDATE_POSTING = 200;
    /** How many of an article's weightiest terms find the candidate stories. */
    private static final int CANDIDATE_TERMS = 25;
    /** How many candidates, ranked by their score on those terms, are scored exactly. */
    private static final int EXACT_CANDIDATES = 16;
    private static final int EVICTION_INTERVAL = 1000;
    private static final int COLD_AFTER_HALF_LIVES = 8;

    private final StoryClusterer config;
    private long documentCount;
    private final List<StoryState> stories = new ArrayList<>();
    /** Stories that can still accept articles, in order of foundation. */
    private final List<StoryState> active = new ArrayList<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final List<StoryMerge> merges = new ArrayList<>();
    private long latestTime = UNKNOWN_TIME;

    // The term dictionary: id -> term, document frequency and postings (story seqs, in insertion order).
    private final Map<String, Integer> termIds = new HashMap<>();
    private String[] terms = new String[1024];
    private int[] documentFrequency = new int[1024];
    private int[][] postings = new int[1024][];
    /** The story's centroid weight of the term, parallel to {@link #postings}. */
    private double[][] postingWeights = new double[1024][];
    private int[] postingLength = new int[1024];
    /** Active stories in each posting; the list may also hold stories that went cold since. */
    private int[] postingActive = new int[1024];

    /** By story seq: whether it is active, and its candidate score for the article being placed (0: none yet). */
    private boolean[] activeBySeq = new boolean[1024];
    private double[] partial = new double[1024];
    private int[] touched = new int[64];

    StoryIndex(StoryClusterer config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Adds an article and returns the id of the story it joins; as {@link #add(Article, TermVector)} with the vector
     * analysed here.
     */
    public String add(Article article) {
        Objects.requireNonNull(article, "article");
        StoryState known = storyOfArticle.get(article.id());
        if (known != null) {
            return known.id;
        }
        return add(article, config.termVector(article));
    }

    /**
     * Adds an article and returns the id of the story it joins: the best-scoring active story when its score
     * reaches the threshold, else a new story founded by this article. When the article also reaches the threshold
     * of another active story whose centroid is similar to its own story's ({@link StoryClusterer#mergeThreshold()}),
     * the younger of the two is merged into the older and the older's id is returned. Adding an article id that was
     * added before changes nothing and returns that article's story.
     *
     * @param article the next article in arrival order; not {@code null}
     * @param vector  {@code article}'s terms, made by {@link StoryClusterer#termVector} of this index's clusterer
     * @return the story id, never {@code null}
     */
    public String add(Article article, TermVector vector) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(vector, "vector");
        StoryState known = storyOfArticle.get(article.id());
        if (known != null) {
            return known.id;
        }
        int n = vector.size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int id = intern(vector.term(i));
            documentFrequency[id]++;
            order[i] = ((long) id << 32) | i;
        }
        Arrays.sort(order);
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (order[i] >>> 32);
            weights[i] = vector.weight((int) order[i]);
        }
        long arrival = documentCount++;
        long time = article.publishedEpochMillis().orElse(UNKNOWN_TIME);
        if (time != UNKNOWN_TIME && (latestTime == UNKNOWN_TIME || time > latestTime)) {
            latestTime = time;
            evictCold(time);
        }
        if (documentCount % EVICTION_INTERVAL == 0) {
            evictPassedBy();
        }

        double[] idfs = new double[n];
        for (int i = 0; i < n; i++) {
            idfs[i] = idf(ids[i]);
        }
        double threshold = config.thresholdFor(n);
        List<Scored> above = scoreCandidates(ids, weights, idfs, time, threshold);
        StoryState story;
        if (above.isEmpty()) {
            story = new StoryState(StoryClusterer.storyId(article.id()), stories.size());
            stories.add(story);
            active.add(story);
            ensureStoryCapacity(story.seq);
        } else {
            story = above.get(0).story;
        }
        join(story, article.id(), arrival, ids, weights, time);
        for (int k = 1; k < above.size(); k++) {
            StoryState other = above.get(k).story;
            if (other.active && other != story && similarity(story, other) >= config.mergeThreshold()) {
                story = merge(story, other, article.id());
            }
        }
        return story.id;
    }

    /** The stories so far in order of foundation, active and cold alike, without those merged away; a snapshot. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories) {
            if (s.mergedInto == null) {
                List<String> members = new ArrayList<>(s.articleIds);
                out.add(new Story(s.id, members, s.mergedIds));
            }
        }
        return List.copyOf(out);
    }

    /** The merges so far, in the order they happened; an immutable snapshot. */
    public List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    /** The number of merges so far: {@code merges().size()} without the copy. */
    public int mergeCount() {
        return merges.size();
    }

    /** The id of the story an added article belongs to now, or empty when the article was never added. */
    public Optional<String> storyOf(String articleId) {
        StoryState s = storyOfArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.id);
    }

    /** The number of articles added. */
    public long articleCount() {
        return documentCount;
    }

    /** The number of stories that can still accept articles. */
    public int activeStoryCount() {
        return active.size();
    }

    /** An active story and the article's score for it. */
    private record Scored(StoryState story, double score) {
    }

    /**
     * The active stories whose score for the article reaches {@code threshold}, best first (ties: older first).
     * Candidates come from the postings of the article's most weighty terms only (as a more-like-this query does): a
     * story that shares none of them cannot reach the threshold, while the postings of common words hold most active
     * stories. Scores are then exact over all terms.
     */
    private List<Scored> scoreCandidates(int[] ids, double[] weights, double[] idfs, long time, double threshold) {
        int n = ids.length;
        double articleNorm2 = 0;
        double[] articleWeights = new double[n];
        // The weightiest terms whose postings are short enough, weightiest first, ties in term order.
        int[] candidateTerms = new int[CANDIDATE_TERMS];
        int usable = 0;
        for (int i = 0; i < n; i++) {
            articleWeights[i] = weights[i] * idfs[i];
            articleNorm2 += articleWeights[i] * articleWeights[i];
            int active = postingActive[ids[i]];
            if (active > 0 && active <= MAX_CANDIDATE_POSTING) {
                int at = usable;
                while (at > 0 && weighsMore(i, candidateTerms[at - 1], ids, articleWeights)) {
                    at--;
                }
                if (at < CANDIDATE_TERMS) {
                    int last = Math.min(usable, CANDIDATE_TERMS - 1);
                    System.arraycopy(candidateTerms, at, candidateTerms, at + 1, last - at);
                    candidateTerms[at] = i;
                    usable = Math.min(usable + 1, CANDIDATE_TERMS);
                }
            }
        }
        if (articleNorm2 == 0) {
            return List.of();
        }
        // One pass over the postings into the accumulator; scores are divided by the centroid norms afterwards.
        int touchedCount = 0;
        for (int k = 0; k < usable; k++) {
            int i = candidateTerms[k];
            int term = ids[i];
            if (postingLength[term] > 2 * postingActive[term] + 16) {
                compact(term);
            }
            int[] posting = postings[term];
            double[] centroidWeights = postingWeights[term];
            int length = postingLength[term];
            double articleWeight = articleWeights[i] * idfs[i];
            for (int p = 0; p < length; p++) {
                int seq = posting[p];
                if (!activeBySeq[seq]) {
                    continue;
                }
                if (partial[seq] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = seq;
                }
                partial[seq] += articleWeight * centroidWeights[p];
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            int seq = touched[t];
            partial[seq] /= centroidNorm(stories.get(seq));
        }
        // The stories that lead on the weighty terms, best first, older first on ties.
        int[] leaders = new int[EXACT_CANDIDATES];
        int leaderCount = 0;
        for (int t = 0; t < touchedCount; t++) {
            int seq = touched[t];
            double score = partial[seq];
            int at = leaderCount;
            while (at > 0 && ranksBefore(score, seq, partial[leaders[at - 1]], leaders[at - 1])) {
                at--;
            }
            if (at < EXACT_CANDIDATES) {
                int last = Math.min(leaderCount, EXACT_CANDIDATES - 1);
                System.arraycopy(leaders, at, leaders, at + 1, last - at);
                leaders[at] = seq;
                leaderCount = Math.min(leaderCount + 1, EXACT_CANDIDATES);
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            partial[touched[t]] = 0;
        }
        double articleNorm = Math.sqrt(articleNorm2);
        List<Scored> above = new ArrayList<>(2);
        for (int k = 0; k < leaderCount; k++) {
            StoryState s = stories.get(leaders[k]);
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
            double score = dot / (articleNorm * centroidNorm(s)) * decay(s, time);
            if (score >= threshold) {
                above.add(new Scored(s, score));
            }
        }
        above.sort((x, y) -> {
            int c = Double.compare(y.score, x.score);
            return c != 0 ? c : Integer.compare(x.story.seq, y.story.seq);
        });
        return above;
    }

    private boolean weighsMore(int i, int j, int[] ids, double[] articleWeights) {
        int c = Double.compare(articleWeights[i], articleWeights[j]);
        return c != 0 ? c > 0 : terms[ids[i]].compareTo(terms[ids[j]]) < 0;
    }

    private static boolean ranksBefore(double score, int seq, double otherScore, int otherSeq) {
        return score > otherScore || score == otherScore && seq < otherSeq;
    }

    private double decay(StoryState s, long time) {
        // The stream's own pace: a story that many later articles passed by is going cold, whatever the clock says.
        double arrivals = (double) (documentCount - 1 - s.lastArrival) / config.halfLifeArticles();
        if (time == UNKNOWN_TIME || s.lastTime == UNKNOWN_TIME || time <= s.lastTime) {
            return Math.pow(0.5, arrivals);
        }
        double halfLives = (double) (time - s.lastTime) / config.halfLife().toMillis();
        return Math.pow(0.5, halfLives + arrivals);
    }

    /**
     * The norm of a story's IDF-weighted centroid. Cached: it is recomputed when the story changed or when the stream
     * has doubled since (IDF moves with the logarithm of the stream's length), which keeps {@link #add} from
     * re-weighting every candidate.
     */
    private double centroidNorm(StoryState s) {
        if (s.norm > 0 && documentCount <= 2 * s.normAt + NORM_SLACK) {
            return s.norm;
        }
        double n2 = 0;
        for (int j = 0; j < s.size; j++) {
            double v = s.weights[j] * idf(s.terms[j]);
            n2 += v * v;
        }
        s.norm = Math.sqrt(n2);
        s.normAt = documentCount;
        return s.norm;
    }

    /** The cosine of two stories' IDF-weighted centroids. */
    private double similarity(StoryState a, StoryState b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.size && j < b.size) {
            if (a.terms[i] < b.terms[j]) {
                i++;
            } else if (a.terms[i] > b.terms[j]) {
                j++;
            } else {
                double idf = idf(a.terms[i]);
                dot += a.weights[i] * idf * b.weights[j] * idf;
                i++;
                j++;
            }
        }
        double norms = centroidNorm(a) * centroidNorm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private double idf(int term) {
        int df = documentFrequency[term];
        // 1 + ... keeps terms shared by every article of a tiny stream from weighing nothing
        // The prior documents keep IDF meaningful in short streams, where every term of a one-story batch is common.
        return Math.log(1.0 + (documentCount + 1.0 + config.priorDocuments()) / (df + 0.5));
    }

    private int intern(String term) {
        Integer known = termIds.get(term);
        if (known != null) {
            return known;
        }
        int id = termIds.size();
        if (id == terms.length) {
            int grown = id * 2;
            terms = Arrays.copyOf(terms, grown);
            documentFrequency = Arrays.copyOf(documentFrequency, grown);
            postings = Arrays.copyOf(postings, grown);
            postingWeights = Arrays.copyOf(postingWeights, grown);
            postingLength = Arrays.copyOf(postingLength, grown);
            postingActive = Arrays.copyOf(postingActive, grown);
        }
        terms[id] = term;
        termIds.put(term, id);
        return id;
    }

    private void ensureStoryCapacity(int seq) {
        if (seq >= partial.length) {
            partial = Arrays.copyOf(partial, Math.max(seq + 1, partial.length * 2));
            activeBySeq = Arrays.copyOf(activeBySeq, partial.length);
        }
        activeBySeq[seq] = true;
    }

    private void join(StoryState s, String articleId, long arrival, int[] ids, double[] weights, long time) {
        s.addMember(articleId, arrival);
        s.lastArrival = Math.max(s.lastArrival, arrival);
        storyOfArticle.put(articleId, s);
        if (time != UNKNOWN_TIME && (s.lastTime == UNKNOWN_TIME || time > s.lastTime)) {
            s.lastTime = time;
        }
        addToCentroid(s, ids, weights, ids.length);
    }

    /** Adds term weights (sorted by term id) to a story's centroid, keeps its heaviest terms and updates postings. */
    private void addToCentroid(StoryState s, int[] ids, double[] weights, int n) {
        int[] oldTerms = s.terms;
        int oldSize = s.size;
        int[] sumTerms = new int[oldSize + n];
        double[] sumWeights = new double[oldSize + n];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < oldSize || j < n) {
            if (j == n || i < oldSize && oldTerms[i] < ids[j]) {
                sumTerms[size] = oldTerms[i];
                sumWeights[size++] = s.weights[i++];
            } else if (i == oldSize || ids[j] < oldTerms[i]) {
                sumTerms[size] = ids[j];
                sumWeights[size++] = weights[j++];
            } else {
                sumTerms[size] = ids[j];
                sumWeights[size++] = s.weights[i++] + weights[j++];
            }
        }
        int max = config.maxCentroidTerms();
        if (size > max) {
            // Keep the max weightiest by TF-IDF; of the terms tied at the cut, those first in term order.
            double[] weighty = new double[size];
            for (int k = 0; k < size; k++) {
                weighty[k] = sumWeights[k] * idf(sumTerms[k]);
            }
            double[] sorted = weighty.clone();
            Arrays.sort(sorted);
            double cut = sorted[size - max];
            boolean[] keep = new boolean[size];
            List<Integer> tied = new ArrayList<>();
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (weighty[k] > cut) {
                    keep[k] = true;
                    kept++;
                } else if (weighty[k] == cut) {
                    tied.add(k);
                }
            }
            tied.sort((x, y) -> terms[sumTerms[x]].compareTo(terms[sumTerms[y]]));
            for (int k = 0; kept < max; k++, kept++) {
                keep[tied.get(k)] = true;
            }
            kept = 0;
            for (int k = 0; k < size; k++) {
                if (keep[k]) {
                    sumTerms[kept] = sumTerms[k];
                    sumWeights[kept++] = sumWeights[k];
                }
            }
            size = kept;
        }
        // Postings: terms that left the centroid go, terms that entered it come.
        i = 0;
        j = 0;
        while (i < oldSize || j < size) {
            if (j == size || i < oldSize && oldTerms[i] < sumTerms[j]) {
                removePosting(oldTerms[i++], s.seq);
            } else if (i == oldSize || sumTerms[j] < oldTerms[i]) {
                addPosting(sumTerms[j], s.seq, sumWeights[j]);
                j++;
            } else {
                if (sumWeights[j] != s.weights[i]) {
                    setPostingWeight(sumTerms[j], s.seq, sumWeights[j]);
                }
                i++;
                j++;
            }
        }
        s.terms = size == sumTerms.length ? sumTerms : Arrays.copyOf(sumTerms, size);
        s.weights = size == sumWeights.length ? sumWeights : Arrays.copyOf(sumWeights, size);
        s.size = size;
        s.norm = 0;
    }

    private void addPosting(int term, int seq, double weight) {
        int[] posting = postings[term];
        int length = postingLength[term];
        if (posting == null) {
            posting = new int[4];
            postingWeights[term] = new double[4];
        } else if (length == posting.length) {
            if (postingActive[term] * 2 < length) {
                compact(term);
                length = postingLength[term];
            } else {
                posting = Arrays.copyOf(posting, length * 2);
                postingWeights[term] = Arrays.copyOf(postingWeights[term], length * 2);
            }
        }
        posting[length] = seq;
        postingWeights[term][length] = weight;
        postings[term] = posting;
        postingLength[term] = length + 1;
        postingActive[term]++;
    }

    /** Drops the entries of cold stories from a posting, keeping the order of the others. */
    private void compact(int term) {
        int[] posting = postings[term];
        double[] weights = postingWeights[term];
        int length = postingLength[term];
        int kept = 0;
        for (int p = 0; p < length; p++) {
            if (activeBySeq[posting[p]]) {
                weights[kept] = weights[p];
                posting[kept++] = posting[p];
            }
        }
        postingLength[term] = kept;
    }

    /** The index of an active story's entry in a posting. */
    private int postingIndex(int term, int seq) {
        int[] posting = postings[term];
        for (int p = postingLength[term] - 1; p >= 0; p--) {
            if (posting[p] == seq) {
                return p;
            }
        }
        throw new IllegalStateException("story " + seq + " missing from the posting of term " + terms[term]);
    }

    private void setPostingWeight(int term, int seq, double weight) {
        postingWeights[term][postingIndex(term, seq)] = weight;
    }

    /** Removes an active story from a posting, keeping the order of the others. */
    private void removePosting(int term, int seq) {
        int p = postingIndex(term, seq);
        int length = postingLength[term];
        System.arraycopy(postings[term], p + 1, postings[term], p, length - p - 1);
        System.arraycopy(postingWeights[term], p + 1, postingWeights[term], p, length - p - 1);
        postingLength[term] = length - 1;
        postingActive[term]--;
    }

    /**
     * Merges two active stories: the younger into the older, whose id survives. The survivor gets the other's
     * members (in arrival order), centroid and merged ids; the other is recorded in {@link #merges()} and leaves the
     * story list.
     *
     * @return the survivor
     */
    private StoryState merge(StoryState a, StoryState b, String articleId) {
        StoryState keep = a.seq < b.seq ? a : b;
        StoryState gone = keep == a ? b : a;
        keep.absorbMembers(gone);
        for (String member : gone.articleIds) {
            storyOfArticle.put(member, keep);
        }
        keep.lastArrival = Math.max(keep.lastArrival, gone.lastArrival);
        if (gone.lastTime != UNKNOWN_TIME && (keep.lastTime == UNKNOWN_TIME || gone.lastTime > keep.lastTime)) {
            keep.lastTime = gone.lastTime;
        }
        int[] goneTerms = gone.terms;
        double[] goneWeights = gone.weights;
        int goneSize = gone.size;
        deactivate(gone);
        active.remove(gone);
        addToCentroid(keep, goneTerms, goneWeights, goneSize);
        gone.mergedInto = keep;
        keep.mergedIds.add(gone.id);
        keep.mergedIds.addAll(gone.mergedIds);
        gone.mergedIds.clear();
        merges.add(new StoryMerge(keep.id, gone.id, articleId));
        return keep;
    }

    /**
     * Stories that {@value #COLD_AFTER_HALF_LIVES} arrival half-lives of articles have passed by go cold: their decay
     * factor is below 0.4 %, so no article could join them anyway. This bounds the active set, and with it memory and
     * the cost of each {@link #add}, on an endless stream without dates.
     */
    private void evictPassedBy() {
        long limit = (long) COLD_AFTER_HALF_LIVES * config.halfLifeArticles();
        active.removeIf(s -> {
            if (documentCount - 1 - s.lastArrival > limit) {
                deactivate(s);
                return true;
            }
            return false;
        });
    }

    private void evictCold(long now) {
        long coldAfter = config.coldAfter().toMillis();
        active.removeIf(s -> {
            if (s.lastTime != UNKNOWN_TIME && now - s.lastTime > coldAfter) {
                deactivate(s);
                return true;
            }
            return false;
        });
    }

    /** Marks a story cold; the caller removes it from {@link #active}. Its postings are compacted away lazily. */
    private void deactivate(StoryState s) {
        s.active = false;
        activeBySeq[s.seq] = false;
        for (int j = 0; j < s.size; j++) {
            postingActive[s.terms[j]]--;
        }
        s.terms = new int[0]; // a cold story accepts nothing: its members are all that is kept
        s.weights = new double[0];
        s.size = 0;
    }

    /** One story's mutable state. */
    private static final class StoryState {
        final String id;
        final int seq;
        final List<String> articleIds = new ArrayList<>();
        /** Arrival numbers of the members, parallel to {@link #articleIds}, ascending. */
        long[] arrivals = new long[2];
        /** Ids of the stories merged into this one. */
        final List<String> mergedIds = new ArrayList<>(0);
        StoryState mergedInto;
        /** Sum of the members' sublinear term weights, before IDF, sorted by term id; {@link #size} are used. */
        int[] terms = new int[0];
        double[] weights = new double[0];
        int size;
        long lastTime = UNKNOWN_TIME;
        /** Arrival number (0-based) of the story's latest article. */
        long lastArrival;
        /** Cached centroid norm (0 when stale) and the document count it was computed at. */
        double norm;
        long normAt;
        boolean active = true;

        StoryState(String id, int seq) {
            this.id = id;
            this.seq = seq;
        }

        void addMember(String articleId, long arrival) {
            if (articleIds.size() == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, arrivals.length * 2);
            }
            arrivals[articleIds.size()] = arrival;
            articleIds.add(articleId);
        }

        /** Takes the other story's members, keeping arrival order. */
        void absorbMembers(StoryState other) {
            int n = articleIds.size();
            int m = other.articleIds.size();
            List<String> ids = new ArrayList<>(n + m);
            long[] merged = new long[n + m];
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (j == m || i < n && arrivals[i] < other.arrivals[j]) {
                    merged[i + j] = arrivals[i];
                    ids.add(articleIds.get(i++));
                } else {
                    merged[i + j] = other.arrivals[j];
                    ids.add(other.articleIds.get(j++));
                }
            }
            articleIds.clear();
            articleIds.addAll(ids);
            arrivals = merged;
        }
    }
}
