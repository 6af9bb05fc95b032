package org.synoptic.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.Article;

/**
 * The grouping as {@link SyndicationGrouper#group} did it before it ran in bounded memory (kept verbatim as the
 * reference for equivalence tests): a map of boxed buckets per band and a set of every candidate pair already checked,
 * which grows with the square of the bucket sizes.
 */
final class CheckedPairsGrouping {

    private CheckedPairsGrouping() {
    }

    static Map<String, String> group(SyndicationGrouper grouper, int numHashes, int rowsPerBand,
                                     List<Article> articles) {
        int n = articles.size();
        MinHashSignature[] sigs = new MinHashSignature[n];
        for (int i = 0; i < n; i++) {
            sigs[i] = grouper.signature(articles.get(i));
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        int bands = numHashes / rowsPerBand;
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
                        if (checked.add(((long) i << 32) | j) && sigs[i].similarity(sigs[j]) >= grouper.threshold()) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
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
}
