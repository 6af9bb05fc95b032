package org.synoptic.digest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Two sentences of different reports that may align, {@code a < b}, by position. */
    private record Pair(int a, int b, double similarity) {
    }

    /** Adds the pairs of sentences of different articles between two classes of sentences with the same vector. */
    private static void addPairs(List<Integer> left, List<Integer> right, double similarity, List<Vector> all,
                                 List<Pair> pairs) {
        for (int x : left) {
            for (int y : right) {
                if (x < y && all.get(x).articleIndex() != all.get(y).articleIndex()) {
                    pairs.add(new Pair(x, y, similarity));
                } else if (y < x && left != right && all.get(x).articleIndex() != all.get(y).articleIndex()) {
                    pairs.add(new Pair(y, x, similarity));
                }
            }
        }
    }

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
        boolean[] caption = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            caption[i] = isCaption(all.get(i).sentence().text());
        }
        // sentences with the same vector (syndicated copies repeat them word for word) are compared once, as a class
        Map<Map<String, Double>, Integer> classByVector = new HashMap<>();
        int[] classOf = new int[all.size()];
        List<List<Integer>> classes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (caption[i]) {
                classOf[i] = -1;
                continue;
            }
            Integer c = classByVector.get(all.get(i).weights());
            if (c == null) {
                c = classes.size();
                classByVector.put(all.get(i).weights(), c);
                classes.add(new ArrayList<>());
            }
            classes.get(c).add(i);
            classOf[i] = c;
        }
        // candidate search: only sentences that share one of a sentence's rarer terms can reach the threshold
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> members : classes) {
            int i = members.get(0);
            Vector a = all.get(i);
            double self = SentenceVectors.cosine(a.weights(), a.weights());
            if (self >= threshold && SentenceVectors.contentCosine(a.weights(), a.weights()) >= CONTENT_THRESHOLD) {
                addPairs(members, members, self, all, pairs);
            }
            Set<Integer> compared = new java.util.HashSet<>();
            for (int j : sentences.candidatesLater(i, term -> false, threshold)) {
                int other = classOf[j];
                if (other < 0 || other == classOf[i] || !compared.add(other) || classes.get(other).get(0) < i) {
                    continue; // a caption, the same class, or a pair of classes met from the other side
                }
                Vector b = all.get(j);
                double similarity = SentenceVectors.cosine(a.weights(), b.weights());
                if (similarity >= threshold
                        && SentenceVectors.contentCosine(a.weights(), b.weights()) >= CONTENT_THRESHOLD) {
                    addPairs(members, classes.get(other), similarity, all, pairs);
                }
            }
        }
        // most similar first; among equals in story order, as the pairs of all sentences were once visited
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
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

    /**
     * The mean pairwise similarity of the members, from the sum of their unit vectors: the sum over pairs of their dot
     * products is {@code (|S|^2 - sum |v|^2) / 2}, so a group of m members costs m vectors, not m^2 / 2 products.
     */
    private static double cohesion(List<Vector> members) {
        int m = members.size();
        if (m < 2) {
            return 1.0;
        }
        Map<String, Double> sum = new HashMap<>();
        double selves = 0;
        for (Vector v : members) {
            v.weights().forEach((term, w) -> sum.merge(term, w, Double::sum));
            selves += SentenceVectors.cosine(v.weights(), v.weights());
        }
        return (SentenceVectors.cosine(sum, sum) - selves) / ((double) m * (m - 1));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
