package org.synoptic.dedupe;

import java.util.Arrays;
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
 * <p>Memory: {@link #group} holds the signatures ({@code numHashes} ints per article), the union-find arrays and the
 * buckets of one band at a time in primitive arrays ({@link BandBuckets}, about 28 bytes per article): O(articles x
 * signature size), whatever the bucket sizes. No shingles are kept and no set of checked pairs: a pair is compared
 * when it shares a bucket and is not yet in one group, so a pair of different groups sharing several bands is
 * compared once per band (128 int comparisons), and a bucket whose members are all in one group is passed over. Time
 * grows with the squared sizes of the buckets that hold several groups: articles that share long boilerplate (a
 * footer, a disclaimer) fall into the same buckets without being copies.
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
        return signatureOf(hasher, article);
    }

    static MinHashSignature signatureOf(MinHasher hasher, Article article) {
        return hasher.signature(comparedText(article));
    }

    MinHasher hasher() {
        return hasher;
    }

    int rowsPerBand() {
        return rowsPerBand;
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
        BandBuckets buckets = new BandBuckets(n);
        int bands = hasher.numHashes() / rowsPerBand;
        for (int band = 0; band < bands; band++) {
            int from = band * rowsPerBand;
            int to = from + rowsPerBand;
            buckets.fill(i -> sigs[i].bandKey(from, to));
            for (int b = 0; b < buckets.count(); b++) {
                joinSimilar(buckets, b, sigs, parent);
            }
        }
        // representative = earliest member of each component; ties go to the first in list order
        long[] time = new long[n];
        for (int i = 0; i < n; i++) {
            time[i] = articles.get(i).publishedEpochMillis().orElse(Long.MAX_VALUE);
        }
        int[] earliest = new int[n];
        Arrays.fill(earliest, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (earliest[root] < 0 || time[i] < time[earliest[root]]) {
                earliest[root] = i;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(articles.get(i).id(), articles.get(earliest[find(parent, i)]).id());
        }
        return out;
    }

    /**
     * Joins the members of one bucket whose signatures reach the threshold. A pair already in one group is not
     * compared: the edge could not change the groups, so the groups equal those of checking every candidate pair
     * once, without remembering which pairs were checked (a set of checked pairs grows with the square of a bucket's
     * size, and buckets that share boilerplate shingles can hold thousands of articles).
     */
    private void joinSimilar(BandBuckets buckets, int bucket, MinHashSignature[] sigs, int[] parent) {
        int start = buckets.start(bucket);
        int end = buckets.end(bucket);
        if (oneGroup(buckets, start, end, parent)) {
            return; // the usual case in later bands: the copies were joined in an earlier one
        }
        for (int x = start; x < end; x++) {
            int i = buckets.member(x);
            for (int y = x + 1; y < end; y++) {
                int j = buckets.member(y);
                if (find(parent, i) != find(parent, j) && sigs[i].similarity(sigs[j]) >= threshold) {
                    union(parent, i, j);
                }
            }
        }
    }

    private static boolean oneGroup(BandBuckets buckets, int start, int end, int[] parent) {
        int root = find(parent, buckets.member(start));
        for (int x = start + 1; x < end; x++) {
            if (find(parent, buckets.member(x)) != root) {
                return false;
            }
        }
        return true;
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
