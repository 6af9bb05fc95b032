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
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (isCaption(all.get(i).sentence().text())) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).articleIndex() == all.get(j).articleIndex() || isCaption(all.get(j).sentence().text())) {
                    continue;
                }
                double s = SentenceVectors.cosine(all.get(i).weights(), all.get(j).weights());
                if (s >= threshold && SentenceVectors.contentCosine(all.get(i).weights(), all.get(j).weights()) >= CONTENT_THRESHOLD) {
                    pairs.add(new Pair(i, j, s));
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
        for (int i = 0; i < parent.length; i++) {
            membersOf.put(i, new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb || articlesOf.get(ra).intersects(articlesOf.get(rb))
                    || averageLinkage(all, membersOf.get(ra), membersOf.get(rb)) < threshold) {
                continue;
            }
            parent[rb] = ra;
            articlesOf.get(ra).or(articlesOf.get(rb));
            membersOf.get(ra).addAll(membersOf.remove(rb));
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

    /** Mean similarity between the members of two groups: groups join only when they agree as wholes, not by a chain. */
    private static double averageLinkage(List<Vector> all, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += SentenceVectors.cosine(all.get(i).weights(), all.get(j).weights());
            }
        }
        return sum / (a.size() * b.size());
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
