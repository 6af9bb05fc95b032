package org.synoptic.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The vocabulary of a {@link StoryIndex}: terms interned to int ids (in order of first sight), their document
 * frequencies, and per term the postings of the active stories whose centroid holds it, with the centroid's weight.
 *
 * <p>Design decision: postings are int lists of story slots in insertion order, with parallel weight arrays, so
 * scoring an article is one pass over a few postings into an accumulator, with no hashing per term and story. Entries
 * of stories that went cold stay until the list is compacted: skipped while scanning (their slot is empty) and dropped
 * once they are the majority of their list, or all at once when the index renumbers its slots.
 *
 * <p>Not thread-safe; owned by its index, which reads the arrays directly on the hot path.
 */
final class TermPostings {

    private final Map<String, Integer> ids = new HashMap<>();
    String[] terms = new String[1024];
    int[] documentFrequency = new int[1024];
    int[][] slots = new int[1024][];
    /** The story's centroid weight of the term, parallel to {@link #slots}. */
    double[][] weights = new double[1024][];
    int[] length = new int[1024];
    /** Active stories in each posting; the list may also hold stories that went cold since. */
    int[] active = new int[1024];

    /** The number of distinct terms seen. */
    int size() {
        return ids.size();
    }

    /** The id of a term, interning it (with document frequency 0) when new. */
    int intern(String term) {
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        if (id == terms.length) {
            int grown = id * 2;
            terms = Arrays.copyOf(terms, grown);
            documentFrequency = Arrays.copyOf(documentFrequency, grown);
            slots = Arrays.copyOf(slots, grown);
            weights = Arrays.copyOf(weights, grown);
            length = Arrays.copyOf(length, grown);
            active = Arrays.copyOf(active, grown);
        }
        terms[id] = term;
        ids.put(term, id);
        return id;
    }

    void add(int term, int slot, double weight, ActiveStory[] bySlot) {
        int[] posting = slots[term];
        int n = length[term];
        if (posting == null) {
            posting = new int[4];
            weights[term] = new double[4];
        } else if (n == posting.length) {
            if (active[term] * 2 < n) {
                compact(term, bySlot);
                n = length[term];
            } else {
                posting = Arrays.copyOf(posting, n * 2);
                weights[term] = Arrays.copyOf(weights[term], n * 2);
            }
        }
        posting[n] = slot;
        weights[term][n] = weight;
        slots[term] = posting;
        length[term] = n + 1;
        active[term]++;
    }

    /** Drops the entries of cold stories (empty slots) from a posting, keeping the order of the others. */
    void compact(int term, ActiveStory[] bySlot) {
        int[] posting = slots[term];
        double[] w = weights[term];
        int n = length[term];
        int kept = 0;
        for (int p = 0; p < n; p++) {
            ActiveStory s = bySlot[posting[p]];
            if (s != null) {
                w[kept] = w[p];
                posting[kept++] = posting[p];
            }
        }
        length[term] = kept;
    }

    /** The index of an active story's entry in a posting. */
    private int indexOf(int term, int slot) {
        int[] posting = slots[term];
        for (int p = length[term] - 1; p >= 0; p--) {
            if (posting[p] == slot) {
                return p;
            }
        }
        throw new IllegalStateException("story slot " + slot + " missing from the posting of term " + terms[term]);
    }

    void setWeight(int term, int slot, double weight) {
        weights[term][indexOf(term, slot)] = weight;
    }

    /** Removes an active story from a posting, keeping the order of the others. */
    void remove(int term, int slot) {
        int p = indexOf(term, slot);
        int n = length[term];
        System.arraycopy(slots[term], p + 1, slots[term], p, n - p - 1);
        System.arraycopy(weights[term], p + 1, weights[term], p, n - p - 1);
        length[term] = n - 1;
        active[term]--;
    }

    /**
     * Rewrites every posting after the index renumbered its slots: {@code newSlot[old]} is a story's new slot, or -1
     * for a story that is gone. Order within a posting is kept.
     */
    void renumber(int[] newSlot) {
        for (int t = 0; t < size(); t++) {
            int[] posting = slots[t];
            if (posting == null) {
                continue;
            }
            double[] w = weights[t];
            int kept = 0;
            for (int p = 0; p < length[t]; p++) {
                int to = newSlot[posting[p]];
                if (to >= 0) {
                    w[kept] = w[p];
                    posting[kept++] = to;
                }
            }
            length[t] = kept;
        }
    }
}
