package org.synoptic.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * One active story's mutable state inside a {@link StoryIndex}: its centroid and clocks. It keeps its centroid and the
 * postings that point at it in step ({@link #addToCentroid}). Not thread-safe; owned by its index.
 */
final class ActiveStory {
    /** Stands for an article or story without a parsable publication time. */
    static final long UNKNOWN_TIME = Long.MIN_VALUE;

    final String id;
    /** Position in the index's slot table; ascending slots are ascending age of foundation (older first). */
    int slot;
    /** Members so far, including those of stories merged into this one. */
    int members;
    /** Sum of the members' sublinear term weights, before IDF, sorted by term id; {@link #size} are used. */
    int[] terms = new int[0];
    double[] weights = new double[0];
    int size;
    long firstTime = UNKNOWN_TIME;
    long lastTime = UNKNOWN_TIME;
    /** Arrival number (0-based) of the story's latest article. */
    long lastArrival;
    /** Cached centroid norm (0 when stale) and the document count it was computed at. */
    double norm;
    long normAt;

    ActiveStory(String id, int slot) {
        this.id = id;
        this.slot = slot;
    }

    /** Takes a member's publication time into the story's time span. */
    void seen(long time) {
        if (time == UNKNOWN_TIME) {
            return;
        }
        if (firstTime == UNKNOWN_TIME || time < firstTime) {
            firstTime = time;
        }
        if (lastTime == UNKNOWN_TIME || time > lastTime) {
            lastTime = time;
        }
    }

    /**
     * The norm of the story's IDF-weighted centroid. Cached: it is recomputed when the story changed or when the stream
     * has grown to more than twice (plus {@code slack}) the {@code documentCount} it was computed at (IDF moves with
     * the logarithm of the stream's length), which keeps the index from re-weighting every candidate per article.
     */
    double norm(long documentCount, long slack, IntToDoubleFunction idf) {
        if (norm > 0 && documentCount <= 2 * normAt + slack) {
            return norm;
        }
        double n2 = 0;
        for (int j = 0; j < size; j++) {
            double v = weights[j] * idf.applyAsDouble(terms[j]);
            n2 += v * v;
        }
        norm = Math.sqrt(n2);
        normAt = documentCount;
        return norm;
    }

    /** The dot product of two stories' IDF-weighted centroids. */
    double dot(ActiveStory other, IntToDoubleFunction idf) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < size && j < other.size) {
            if (terms[i] < other.terms[j]) {
                i++;
            } else if (terms[i] > other.terms[j]) {
                j++;
            } else {
                double w = idf.applyAsDouble(terms[i]);
                dot += weights[i] * w * other.weights[j] * w;
                i++;
                j++;
            }
        }
        return dot;
    }

    /** The story's state for a {@link StoryIndexSnapshot}. */
    StoryIndexSnapshot.ActiveStoryState state() {
        return new StoryIndexSnapshot.ActiveStoryState(id, members, firstTime, lastTime, lastArrival, norm, normAt,
                Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
    }

    /** Takes a saved state into this new, empty story and posts its centroid terms. */
    void restore(StoryIndexSnapshot.ActiveStoryState state, TermPostings vocabulary, ActiveStory[] bySlot) {
        members = state.members();
        firstTime = state.firstTime();
        lastTime = state.lastTime();
        lastArrival = state.lastArrival();
        terms = state.termIds();
        weights = state.weights();
        size = terms.length;
        for (int j = 0; j < size; j++) {
            vocabulary.add(terms[j], slot, weights[j], bySlot);
        }
        norm = state.norm();
        normAt = state.normAt();
    }

    /**
     * Adds term weights (sorted by term id, the first {@code n} used) to the centroid, keeps its {@code max} heaviest
     * terms by TF-IDF and updates the postings that point at this story's {@link #slot}.
     */
    void addToCentroid(int[] ids, double[] weights, int n, int max, TermPostings vocabulary,
                       IntToDoubleFunction idf, ActiveStory[] bySlot) {
        int[] oldTerms = terms;
        int oldSize = this.size;
        int[] sumTerms = new int[oldSize + n];
        double[] sumWeights = new double[oldSize + n];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < oldSize || j < n) {
            if (j == n || i < oldSize && oldTerms[i] < ids[j]) {
                sumTerms[size] = oldTerms[i];
                sumWeights[size++] = this.weights[i++];
            } else if (i == oldSize || ids[j] < oldTerms[i]) {
                sumTerms[size] = ids[j];
                sumWeights[size++] = weights[j++];
            } else {
                sumTerms[size] = ids[j];
                sumWeights[size++] = this.weights[i++] + weights[j++];
            }
        }
        size = keepWeightiest(sumTerms, sumWeights, size, max, vocabulary, idf);
        // Postings: terms that left the centroid go, terms that entered it come.
        i = 0;
        j = 0;
        while (i < oldSize || j < size) {
            if (j == size || i < oldSize && oldTerms[i] < sumTerms[j]) {
                vocabulary.remove(oldTerms[i++], slot);
            } else if (i == oldSize || sumTerms[j] < oldTerms[i]) {
                vocabulary.add(sumTerms[j], slot, sumWeights[j], bySlot);
                j++;
            } else {
                if (sumWeights[j] != this.weights[i]) {
                    vocabulary.setWeight(sumTerms[j], slot, sumWeights[j]);
                }
                i++;
                j++;
            }
        }
        terms = size == sumTerms.length ? sumTerms : Arrays.copyOf(sumTerms, size);
        this.weights = size == sumWeights.length ? sumWeights : Arrays.copyOf(sumWeights, size);
        this.size = size;
        norm = 0;
    }

    /**
     * Keeps the {@code max} weightiest terms by TF-IDF in place (of the terms tied at the
     * cut, those first in term order) and returns how many are kept, still sorted by term id.
     */
    private static int keepWeightiest(int[] sumTerms, double[] sumWeights, int size, int max, TermPostings vocabulary,
                                      IntToDoubleFunction idf) {
        if (size <= max) {
            return size;
        }
        double[] weighty = new double[size];
        for (int k = 0; k < size; k++) {
            weighty[k] = sumWeights[k] * idf.applyAsDouble(sumTerms[k]);
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
        tied.sort((x, y) -> vocabulary.terms[sumTerms[x]].compareTo(vocabulary.terms[sumTerms[y]]));
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
        return kept;
    }
}
