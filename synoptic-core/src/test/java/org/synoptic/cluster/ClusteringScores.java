package org.synoptic.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pair-counting and B-cubed precision, recall and F1 of a clustering against gold labels. */
record ClusteringScores(double pairP, double pairR, double pairF1, double bcubedP, double bcubedR, double bcubedF1) {

    static ClusteringScores of(List<Story> stories, Map<String, String> gold) {
        Map<String, String> predicted = new HashMap<>();
        for (Story s : stories) {
            for (String a : s.articleIds()) {
                predicted.put(a, s.id());
            }
        }
        Map<String, Map<String, Integer>> joint = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("article not clustered: " + e.getKey());
            }
            joint.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
        }
        double n = gold.size();
        double tp = 0;
        double bp = 0;
        double br = 0;
        for (Map.Entry<String, Map<String, Integer>> e : joint.entrySet()) {
            int ps = predSize.get(e.getKey());
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                int k = c.getValue();
                tp += k * (k - 1) / 2.0;
                bp += (double) k * k / ps;
                br += (double) k * k / goldSize.get(c.getKey());
            }
        }
        double predPairs = predSize.values().stream().mapToDouble(k -> k * (k - 1) / 2.0).sum();
        double goldPairs = goldSize.values().stream().mapToDouble(k -> k * (k - 1) / 2.0).sum();
        double pp = predPairs == 0 ? 1 : tp / predPairs;
        double pr = goldPairs == 0 ? 1 : tp / goldPairs;
        bp /= n;
        br /= n;
        return new ClusteringScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "pair P=%.3f R=%.3f F1=%.3f | B-cubed P=%.3f R=%.3f F1=%.3f",
                pairP, pairR, pairF1, bcubedP, bcubedR, bcubedF1);
    }
}
