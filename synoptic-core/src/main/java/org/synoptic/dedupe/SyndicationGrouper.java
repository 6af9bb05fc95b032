package org.synoptic.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.synoptic.model.Article;

/**
 * Groups syndicated near-copies: articles whose word-shingle sets have an estimated Jaccard similarity of at least
 * {@link #threshold()}, closed transitively (if a~b and b~c then a, b and c share a group).
 *
 * <p>The text compared is the title (when present) followed by the body. Candidate pairs come from LSH banding of
 * the {@link MinHashSignature}s ({@code rowsPerBand} rows per band, as many bands as fit); every candidate is then
 * checked against the threshold. With the defaults (128 hashes, 3 rows, 42 bands) a pair at Jaccard 0.5 becomes a
 * candidate with probability above 0.99.
 *
 * <p>Design decision: the banding does not depend on the threshold, so raising the threshold can only remove edges
 * and therefore only split groups, never merge them.
 *
 * <p>Immutable and thread-safe; holds no state between calls.
 */
public final class SyndicationGrouper {

    /** Default threshold on the estimated Jaccard similarity. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Default rows per LSH band. */
    public static final int DEFAULT_ROWS_PER_BAND = 3;

    private final MinHasher hasher;
    private final double threshold;
    private final int rowsPerBand;

    /**
     * @param hasher      the signature function; not {@code null}
     * @param threshold   minimum estimated Jaccard similarity of a near-duplicate pair, in (0, 1]
     * @param rowsPerBand LSH rows per band, between 1 and {@code hasher.numHashes()}
     */
    public SyndicationGrouper(MinHasher hasher, double threshold, int rowsPerBand) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (rowsPerBand < 1 || rowsPerBand > hasher.numHashes()) {
            throw new IllegalArgumentException("rowsPerBand must be in [1, " + hasher.numHashes() + "]: " + rowsPerBand);
        }
        this.threshold = threshold;
        this.rowsPerBand = rowsPerBand;
    }

    /** A grouper with {@link MinHasher#defaults()}, threshold 0.5 and 3 rows per band. */
    public static SyndicationGrouper defaults() {
        return new SyndicationGrouper(MinHasher.defaults(), DEFAULT_THRESHOLD, DEFAULT_ROWS_PER_BAND);
    }

    /** The same configuration with another threshold. */
    public SyndicationGrouper withThreshold(double newThreshold) {
        return new SyndicationGrouper(hasher, newThreshold, rowsPerBand);
    }

    /** Minimum estimated Jaccard similarity of a near-duplicate pair. */
    public double threshold() {
        return threshold;
    }

    /** The signature of an article's compared text (title, then body). */
    public MinHashSignature signature(Article article) {
        return hasher.signature(comparedText(article));
    }

    /** The estimated Jaccard similarity of the two articles' shingle sets, in [0, 1]; symmetric. */
    public double similarity(Article a, Article b) {
        return signature(a).similarity(signature(b));
    }

    /**
     * Maps every article id to its syndication group id: the id of the group's earliest article. Earliest means
     * the earliest parsable {@code published} value; articles without one count as later than any dated article,
     * and ties go to the article that comes first in the list. Singletons map to themselves.
     *
     * @param articles articles with unique ids; not {@code null}
     * @return an insertion-ordered map (in list order) with one entry per article
     * @throws IllegalArgumentException when an id occurs twice
     */
    public Map<String, String> group(List<Article> articles) {
        int n = articles.size();
        Set<String> seen = new HashSet<>();
        MinHashSignature[] sigs = new MinHashSignature[n];
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("duplicate article id: " + a.id());
            }
            sigs[i] = signature(a);
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        int bands = hasher.numHashes() / rowsPerBand;
        Set<Long> checked = new HashSet<>();
        for (int band = 0; band < bands; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long key = sigs[i].bandKey(band * rowsPerBand, (band + 1) * rowsPerBand);
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (checked.add(((long) i << 32) | j) && sigs[i].similarity(sigs[j]) >= threshold) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        // representative = earliest member of each component
        long[] time = new long[n];
        for (int i = 0; i < n; i++) {
            time[i] = articles.get(i).publishedEpochMillis().orElse(Long.MAX_VALUE);
        }
        Map<Integer, Integer> earliest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer best = earliest.get(root);
            if (best == null || time[i] < time[best]) {
                earliest.put(root, i);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(articles.get(i).id(), articles.get(earliest.get(find(parent, i))).id());
        }
        return out;
    }

    private static String comparedText(Article a) {
        String title = a.title();
        if (title == null || title.isBlank() || a.text().strip().startsWith(title.strip())) {
            return a.text();
        }
        return title + "\n" + a.text();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    @Override
    public String toString() {
        return "SyndicationGrouper[threshold=" + threshold + ", hashes=" + hasher.numHashes()
                + ", rowsPerBand=" + rowsPerBand + "]";
    }
}
