package org.synoptic.dedupe;

import java.util.Arrays;

/**
 * The MinHash signature of one text: for each of {@code size()} seeded hash functions, the minimum hash over the
 * text's shingles.
 *
 * <p>Immutable and thread-safe: the values are copied in and never exposed. Two signatures are comparable only when
 * made by {@link MinHasher}s with the same number of hashes and the same seed.
 */
public final class MinHashSignature {

    private final int[] values;

    MinHashSignature(int[] values) {
        this.values = values.clone();
    }

    /**
     * The signature with these hash values, as {@link #value(int)} gave them: for a stage that computed the signature
     * elsewhere (a stream's parallel fast tier) and hands it on as plain numbers.
     */
    public static MinHashSignature of(int[] values) {
        return new MinHashSignature(values);
    }

    /** The number of hash functions. */
    public int size() {
        return values.length;
    }

    /** The i-th minimum hash value. */
    public int value(int i) {
        return values[i];
    }

    /**
     * The estimated Jaccard similarity of the two shingle sets: the fraction of positions where the minima agree,
     * in [0, 1]; symmetric.
     *
     * @throws IllegalArgumentException when the signatures differ in size
     */
    public double similarity(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signature sizes differ: " + values.length + " vs " + other.values.length);
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return values.length == 0 ? 0.0 : (double) same / values.length;
    }

    /** A hash of the values in positions {@code [from, to)}: the LSH band key. */
    long bandKey(int from, int to) {
        return bandKey(values, 0, from, to);
    }

    /** The band key of the signature stored at {@code values[base ..]}, positions {@code [from, to)} of it. */
    static long bandKey(int[] values, int base, int from, int to) {
        long h = 0x9E3779B97F4A7C15L * (from + 1);
        for (int i = from; i < to; i++) {
            h = MinHasher.mix(h ^ values[base + i]);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature[size=" + values.length + "]";
    }
}
