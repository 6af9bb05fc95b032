package org.synoptic.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * The analysed terms of one article with their weights before inverse document frequency: what a {@link StoryIndex}
 * needs of an article to place it.
 *
 * <p>Made by {@link StoryClusterer#termVector}, which does the expensive part of clustering (Lucene analysis) and
 * holds no index state, so vectors can be made on any number of threads while one thread adds them to the index in
 * arrival order. Immutable and thread-safe: the arrays are never exposed. Terms are distinct and sorted.
 */
public final class TermVector {

    private final String[] terms;
    private final double[] weights;

    /** Takes ownership of the arrays: {@code terms} distinct and sorted, {@code weights} of the same length. */
    TermVector(String[] terms, double[] weights) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(weights, "weights");
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length: " + terms.length + " vs " + weights.length);
        }
        this.terms = terms;
        this.weights = weights;
    }

    /** The number of distinct terms. */
    /**
     * The vector with these terms and weights, as {@link #term(int)} and {@link #weight(int)} gave them: for a stage that
     * analysed the article elsewhere (a stream's parallel fast tier) and hands the vector on as plain arrays.
     */
    public static TermVector of(String[] terms, double[] weights) {
        return new TermVector(terms.clone(), weights.clone());
    }

    public int size() {
        return terms.length;
    }

    /** The i-th term in sorted order. */
    public String term(int i) {
        return terms[i];
    }

    /** The weight of the i-th term: {@code 1 + ln(weighted term frequency)}. */
    public double weight(int i) {
        return weights[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector[size=" + terms.length + "]";
    }
}
