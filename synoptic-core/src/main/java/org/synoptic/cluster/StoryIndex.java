package org.synoptic.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.synoptic.model.Article;

/**
 * The mutable state of online story clustering: the stories so far, which of them are still active, their
 * centroids and the document frequencies learnt from every article added.
 *
 * <p>Made by {@link StoryClusterer#newIndex()}, whose settings it uses. Articles are added one at a time in arrival
 * order; the assignment of an article never changes afterwards, and a story's id is fixed by its founding article.
 *
 * <p><b>Not thread-safe.</b> The caller owns the index and must confine it to one thread or synchronise on it;
 * this is the explicit shared state of the clustering stage.
 */
public final class StoryIndex {

    /** Stands for an article or story without a parsable publication time. */
    private static final long UNKNOWN_TIME = Long.MIN_VALUE;

    private final StoryClusterer config;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private long documentCount;
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final Map<String, Set<StoryState>> postings = new HashMap<>();
    private long latestTime = UNKNOWN_TIME;

    StoryIndex(StoryClusterer config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Adds an article and returns the id of the story it joins: the best-scoring active story when its score
     * reaches the threshold, else a new story founded by this article. Adding an article id that was added before
     * changes nothing and returns that article's story.
     *
     * @param article the next article in arrival order; not {@code null}
     * @return the story id, never {@code null}
     */
    public String add(Article article) {
        Objects.requireNonNull(article, "article");
        StoryState known = storyOfArticle.get(article.id());
        if (known != null) {
            return known.id;
        }
        Map<String, Double> weights = config.termWeights(article);
        documentCount++;
        for (String term : weights.keySet()) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
        long time = article.publishedEpochMillis().orElse(UNKNOWN_TIME);
        if (time != UNKNOWN_TIME && (latestTime == UNKNOWN_TIME || time > latestTime)) {
            latestTime = time;
            evictCold(time);
        }
        if (documentCount % EVICTION_INTERVAL == 0) {
            evictPassedBy();
        }

        StoryState best = bestStory(weights, time);
        if (best == null) {
            best = new StoryState(StoryClusterer.storyId(article.id()), stories.size());
            stories.add(best);
        }
        join(best, article.id(), weights, time);
        return best.id;
    }

    /** The stories so far in order of foundation, active and cold alike; an immutable snapshot. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories) {
            out.add(new Story(s.id, s.articleIds));
        }
        return List.copyOf(out);
    }

    /** The id of the story an added article belongs to, or empty when the article was never added. */
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
        int n = 0;
        for (StoryState s : stories) {
            if (s.active) {
                n++;
            }
        }
        return n;
    }

    private StoryState bestStory(Map<String, Double> weights, long time) {
        // Candidates come from the postings of the article's most weighty terms only (as a more-like-this query
        // does): a story that shares none of them cannot reach the threshold, while the postings of common words hold
        // most active stories. Scores are then exact over all terms.
        Map<String, Double> idfs = new HashMap<>(weights.size() * 2);
        double articleNorm2 = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double idf = idf(e.getKey());
            idfs.put(e.getKey(), idf);
            double a = e.getValue() * idf;
            articleNorm2 += a * a;
        }
        Map<StoryState, Double> partial = new LinkedHashMap<>();
        weights.entrySet().stream()
                .filter(e -> postings.containsKey(e.getKey()) && postings.get(e.getKey()).size() <= MAX_CANDIDATE_POSTING)
                .sorted((x, y) -> {
                    int c = Double.compare(y.getValue() * idfs.get(y.getKey()), x.getValue() * idfs.get(x.getKey()));
                    return c != 0 ? c : x.getKey().compareTo(y.getKey());
                })
                .limit(CANDIDATE_TERMS)
                .forEach(e -> {
                    double idf = idfs.get(e.getKey());
                    for (StoryState s : postings.get(e.getKey())) {
                        partial.merge(s, e.getValue() * idf * s.centroid.get(e.getKey()) * idf / centroidNorm(s), Double::sum);
                    }
                });
        // Exact scores for the stories that lead on the weighty terms only.
        List<StoryState> candidates = partial.entrySet().stream()
                .sorted((x, y) -> {
                    int c = Double.compare(y.getValue(), x.getValue());
                    return c != 0 ? c : Integer.compare(x.getKey().seq, y.getKey().seq);
                })
                .limit(EXACT_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        if (articleNorm2 == 0) {
            return null;
        }
        double articleNorm = Math.sqrt(articleNorm2);
        StoryState best = null;
        double bestScore = config.thresholdFor(weights.size());
        for (StoryState s : candidates) {
            double dot = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                Double c = s.centroid.get(e.getKey());
                if (c != null) {
                    double idf = idfs.get(e.getKey());
                    dot += e.getValue() * idf * c * idf;
                }
            }
            double score = dot / (articleNorm * centroidNorm(s)) * decay(s, time);
            if (score > bestScore || (score == bestScore && best != null && s.seq < best.seq)
                    || (score == bestScore && best == null)) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** Articles a short stream may grow by before cached norms are recomputed anyway. */
    private static final long NORM_SLACK = 64;

    /** A term shared by more active stories than this does not tell them apart and finds no candidates. */
    private static final int MAX_CANDIDATE_POSTING = 200;

    /** How many of an article's weightiest terms find the candidate stories. */
    private static final int CANDIDATE_TERMS = 25;
    /** How many candidates, ranked by their score on those terms, are scored exactly. */
    private static final int EXACT_CANDIDATES = 16;

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
        for (Map.Entry<String, Double> e : s.centroid.entrySet()) {
            double v = e.getValue() * idf(e.getKey());
            n2 += v * v;
        }
        s.norm = Math.sqrt(n2);
        s.normAt = documentCount;
        return s.norm;
    }

    private double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        // 1 + ... keeps terms shared by every article of a tiny stream from weighing nothing
        // The prior documents keep IDF meaningful in short streams, where every term of a one-story batch is common.
        return Math.log(1.0 + (documentCount + 1.0 + config.priorDocuments()) / (df + 0.5));
    }

    private void join(StoryState s, String articleId, Map<String, Double> weights, long time) {
        s.articleIds.add(articleId);
        s.lastArrival = documentCount - 1;
        storyOfArticle.put(articleId, s);
        if (time != UNKNOWN_TIME && (s.lastTime == UNKNOWN_TIME || time > s.lastTime)) {
            s.lastTime = time;
        }
        weights.forEach((t, w) -> s.centroid.merge(t, w, Double::sum));
        s.norm = 0;
        if (s.centroid.size() > config.maxCentroidTerms()) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(s.centroid.entrySet());
            entries.sort((x, y) -> {
                int c = Double.compare(y.getValue() * idf(y.getKey()), x.getValue() * idf(x.getKey()));
                return c != 0 ? c : x.getKey().compareTo(y.getKey());
            });
            for (Map.Entry<String, Double> e : entries.subList(config.maxCentroidTerms(), entries.size())) {
                s.centroid.remove(e.getKey());
                removePosting(e.getKey(), s);
            }
        }
        for (String t : s.centroid.keySet()) {
            postings.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(s);
        }
    }

    /**
     * Stories that {@value #COLD_AFTER_HALF_LIVES} arrival half-lives of articles have passed by go cold: their decay
     * factor is below 0.4 %, so no article could join them anyway. This bounds the active set, and with it memory and
     * the cost of each {@link #add}, on an endless stream without dates.
     */
    private void evictPassedBy() {
        long limit = (long) COLD_AFTER_HALF_LIVES * config.halfLifeArticles();
        for (StoryState s : stories) {
            if (s.active && documentCount - 1 - s.lastArrival > limit) {
                deactivate(s);
            }
        }
    }

    private static final int EVICTION_INTERVAL = 1000;
    private static final int COLD_AFTER_HALF_LIVES = 8;

    private void deactivate(StoryState s) {
        s.active = false;
        for (String t : s.centroid.keySet()) {
            removePosting(t, s);
        }
        s.centroid.clear(); // a cold story accepts nothing: its members are all that is kept
    }

    private void evictCold(long now) {
        long coldAfter = config.coldAfter().toMillis();
        for (StoryState s : stories) {
            if (s.active && s.lastTime != UNKNOWN_TIME && now - s.lastTime > coldAfter) {
                deactivate(s);
            }
        }
    }

    private void removePosting(String term, StoryState s) {
        Set<StoryState> posting = postings.get(term);
        if (posting != null) {
            posting.remove(s);
            if (posting.isEmpty()) {
                postings.remove(term);
            }
        }
    }

    /** One story's mutable state; identity-hashed so postings stay cheap. */
    private static final class StoryState {
        final String id;
        final int seq;
        final List<String> articleIds = new ArrayList<>();
        /** Sum of the members' sublinear term weights, before IDF. */
        final Map<String, Double> centroid = new HashMap<>();
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
    }
}
