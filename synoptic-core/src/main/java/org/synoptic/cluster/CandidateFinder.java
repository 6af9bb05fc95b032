package org.synoptic.cluster;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Finds the active stories of a {@link StoryIndex} worth scoring exactly for an arriving article, as a more-like-this
 * query does: candidates come from the postings of the article's {@value #CANDIDATE_TERMS} weightiest terms whose
 * postings hold at most {@value #MAX_CANDIDATE_POSTING} active stories (a story that shares none of them cannot reach
 * the threshold, while the postings of common words hold most active stories), and the {@value #EXACT_CANDIDATES}
 * stories that score best on those terms are kept.
 *
 * <p>Ranking is deterministic: terms by weight, ties in term order; stories by partial score, ties older (lower slot)
 * first. Its accumulator is sized by slot and kept between calls (all zero outside {@link #leaders}).
 *
 * <p>Not thread-safe: owned by one {@link StoryIndex} and confined to its thread.
 */
final class CandidateFinder {

    /** A term shared by more active stories than this does not tell them apart and finds no candidates. */
    static final int MAX_CANDIDATE_POSTING = 200;
    /** How many of an article's weightiest terms find the candidate stories. */
    static final int CANDIDATE_TERMS = 25;
    /** How many candidates, ranked by their score on those terms, are scored exactly. */
    static final int EXACT_CANDIDATES = 16;

    /** By slot: the candidate score for the article being placed (0: none yet). */
    private double[] partial = new double[1024];
    private int[] touched = new int[64];

    /** Makes room for {@code slots} story slots (the index's slot array grew). */
    void grow(int slots) {
        partial = Arrays.copyOf(partial, slots);
    }

    /**
     * The slots of the candidate stories, best first on the article's weightiest terms; possibly empty.
     *
     * @param ids            the article's term ids, ascending
     * @param articleWeights the article's term weights times IDF, in the order of {@code ids}
     * @param idfs           the terms' IDF, in the order of {@code ids}
     * @param vocabulary     the index's postings (compacted here where mostly stale)
     * @param bySlot         the index's active stories by slot ({@code null}: none)
     * @param centroidNorm   a story's IDF-weighted centroid norm
     */
    int[] leaders(int[] ids, double[] articleWeights, double[] idfs, TermPostings vocabulary, ActiveStory[] bySlot,
                  ToDoubleFunction<ActiveStory> centroidNorm) {
        int n = ids.length;
        // The weightiest terms whose postings are short enough, weightiest first, ties in term order.
        int[] candidateTerms = new int[CANDIDATE_TERMS];
        int usable = 0;
        for (int i = 0; i < n; i++) {
            int active = vocabulary.active[ids[i]];
            if (active > 0 && active <= MAX_CANDIDATE_POSTING) {
                int at = usable;
                while (at > 0 && weighsMore(i, candidateTerms[at - 1], ids, articleWeights, vocabulary)) {
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
        // One pass over the postings into the accumulator; scores are divided by the centroid norms afterwards.
        int touchedCount = 0;
        for (int k = 0; k < usable; k++) {
            int i = candidateTerms[k];
            int term = ids[i];
            if (vocabulary.length[term] > 2 * vocabulary.active[term] + 16) {
                vocabulary.compact(term, bySlot);
            }
            int[] posting = vocabulary.slots[term];
            double[] centroidWeights = vocabulary.weights[term];
            int length = vocabulary.length[term];
            double articleWeight = articleWeights[i] * idfs[i];
            for (int p = 0; p < length; p++) {
                int slot = posting[p];
                if (bySlot[slot] == null) {
                    continue;
                }
                if (partial[slot] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = slot;
                }
                partial[slot] += articleWeight * centroidWeights[p];
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            int slot = touched[t];
            partial[slot] /= centroidNorm.applyAsDouble(bySlot[slot]);
        }
        // The stories that lead on the weighty terms, best first, older first on ties.
        int[] leaders = new int[EXACT_CANDIDATES];
        int leaderCount = 0;
        for (int t = 0; t < touchedCount; t++) {
            int slot = touched[t];
            double score = partial[slot];
            int at = leaderCount;
            while (at > 0 && ranksBefore(score, slot, partial[leaders[at - 1]], leaders[at - 1])) {
                at--;
            }
            if (at < EXACT_CANDIDATES) {
                int last = Math.min(leaderCount, EXACT_CANDIDATES - 1);
                System.arraycopy(leaders, at, leaders, at + 1, last - at);
                leaders[at] = slot;
                leaderCount = Math.min(leaderCount + 1, EXACT_CANDIDATES);
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            partial[touched[t]] = 0;
        }
        return Arrays.copyOf(leaders, leaderCount);
    }

    private static boolean weighsMore(int i, int j, int[] ids, double[] articleWeights, TermPostings vocabulary) {
        int c = Double.compare(articleWeights[i], articleWeights[j]);
        return c != 0 ? c > 0 : vocabulary.terms[ids[i]].compareTo(vocabulary.terms[ids[j]]) < 0;
    }

    private static boolean ranksBefore(double score, int slot, double otherScore, int otherSlot) {
        return score > otherScore || score == otherScore && slot < otherSlot;
    }
}
