package org.synoptic.digest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Aligns sentences of different reports that state the same thing.
 *
 * <p>Explainable by design: two sentences align when the cosine of their TF-IDF vectors (stems plus canonical entity
 * names) reaches the threshold and the cosine of their words other than names reaches {@link #CONTENT_THRESHOLD}.
 * Pairs are joined greedily, most similar first, into groups that hold at most one sentence per article; two groups
 * join only when their mean cross-similarity (average linkage) also reaches the threshold, so a group cannot drift
 * from one statement to another by a chain of neighbours. Stateless and thread-safe.
 */
final class FactAligner {

    /** A group of aligned sentences, at most one per article; {@code cohesion} is their mean pairwise similarity. */
    record Alignment(List<Vector> members, double cohesion) {
    }

    /**
     * Minimum similarity of the sentences' words other than names: two sentences that merely name the same actors
     * ("Moskau und Pjöngjang bestätigten …", "Weder Moskau noch Pjöngjang …") do not state the same thing.
     */
    static final double CONTENT_THRESHOLD = 0.15;

    private final double threshold;

    FactAligner(double threshold) {
        this.threshold = threshold;
    }

    List<Alignment> align(SentenceVectors sentences, int articleCount) {
        List<Vector> all = sentences.all();
        record Pair(int a, int b, double similarity) {
        }
        boolean[] caption = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            caption[i] = isCaption(all.get(i).sentence().text());
        }
        // candidate search: only sentences that share one of a sentence's rarer terms can reach the threshold
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (caption[i]) {
                continue;
            }
            Vector a = all.get(i);
            for (int j : sentences.candidatesLater(i, term -> false, threshold)) {
                if (caption[j] || a.articleIndex() == all.get(j).articleIndex()) {
                    continue;
                }
                double similarity = SentenceVectors.cosine(a.weights(), all.get(j).weights());
                if (similarity >= threshold
                        && SentenceVectors.contentCosine(a.weights(), all.get(j).weights()) >= CONTENT_THRESHOLD) {
                    pairs.add(new Pair(i, j, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        int[] parent = new int[all.size()];
        List<BitSet> articlesOf = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            BitSet set = new BitSet(articleCount);
            set.set(all.get(i).articleIndex());
            articlesOf.add(set);
        }
        Map<Integer, List<Integer>> membersOf = new HashMap<>();
        // the sum of each group's unit vectors: the mean similarity across two groups is the dot product of their
        // sums over the product of their sizes, so average linkage costs the size of two vectors, not of two groups
        Map<Integer, Map<String, Double>> sumOf = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            membersOf.put(i, new ArrayList<>(List.of(i)));
            sumOf.put(i, new HashMap<>(all.get(i).weights()));
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb || articlesOf.get(ra).intersects(articlesOf.get(rb))
                    || averageLinkage(sumOf.get(ra), membersOf.get(ra).size(), sumOf.get(rb), membersOf.get(rb).size())
                    < threshold) {
                continue;
            }
            parent[rb] = ra;
            articlesOf.get(ra).or(articlesOf.get(rb));
            membersOf.get(ra).addAll(membersOf.remove(rb));
            Map<String, Double> into = sumOf.get(ra);
            sumOf.remove(rb).forEach((term, w) -> into.merge(term, w, Double::sum));
        }
        Map<Integer, List<Vector>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<Alignment> out = new ArrayList<>();
        for (List<Vector> members : groups.values()) {
            members.sort(Comparator.comparingInt(Vector::articleIndex));
            out.add(new Alignment(List.copyOf(members), cohesion(members)));
        }
        out.sort(Comparator.comparingInt((Alignment a) -> -a.members().size())
                .thenComparingDouble(a -> -a.cohesion())
                .thenComparingInt(a -> a.members().get(0).articleIndex())
                .thenComparingInt(a -> a.members().get(0).sentence().start()));
        return out;
    }

    /**
     * Photo captions ("Wladimir Putin (rechts) und Kim Jong-un in Wladiwostok im April 2019.") describe a picture,
     * not the event: they name who stands where and state nothing a fact could rest on.
     */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "\\((?:rechts|links|Mitte|l\\.|r\\.|M\\.|vorne|hinten|left|right|centre|center|front|back)\\)");

    static boolean isCaption(String sentence) {
        return CAPTION.matcher(sentence).find();
    }

    /**
     * Mean similarity between the members of two groups, from the sums of their unit vectors: groups join only when
     * they agree as wholes, not by a chain.
     */
    private static double averageLinkage(Map<String, Double> sumA, int sizeA, Map<String, Double> sumB, int sizeB) {
        return SentenceVectors.cosine(sumA, sumB) / ((double) sizeA * sizeB);
    }

    private static double cohesion(List<Vector> members) {
        if (members.size() < 2) {
            return 1.0;
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                sum += SentenceVectors.cosine(members.get(i).weights(), members.get(j).weights());
                n++;
            }
        }
        return sum / n;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
