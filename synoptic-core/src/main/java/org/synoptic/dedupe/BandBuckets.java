package org.synoptic.dedupe;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * The LSH buckets of one band: the indices of the articles that share a band key, for every key shared by at least
 * two articles (a bucket of one yields no candidate pair and is not kept).
 *
 * <p>Design decision: primitive arrays sized once for {@code n} articles and refilled for every band, about 28 bytes
 * per article in all, instead of a map from boxed keys to lists of boxed indices per band. Members of a bucket are in
 * ascending index order (list order of the articles).
 *
 * <p>Mutable and not thread-safe: one instance per {@link SyndicationGrouper#group} call.
 */
final class BandBuckets {

    private final long[] keys;
    /** The band keys sorted; after {@link #fill}, its first {@link #count} entries are the shared keys. */
    private final long[] shared;
    private final int[] members;
    /** Bucket b holds {@code members[starts[b] .. starts[b + 1])}. */
    private final int[] starts;
    private final int[] cursors;
    private int count;

    /** Buckets for {@code n} articles, indices {@code 0 .. n-1}. */
    BandBuckets(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        keys = new long[n];
        shared = new long[n];
        members = new int[n];
        starts = new int[n + 1];
        cursors = new int[n];
    }

    /** Replaces the buckets with those of the given band keys, one per article index. */
    void fill(IntToLongFunction bandKey) {
        int n = keys.length;
        for (int i = 0; i < n; i++) {
            keys[i] = bandKey.applyAsLong(i);
        }
        System.arraycopy(keys, 0, shared, 0, n);
        Arrays.sort(shared);
        count = 0;
        starts[0] = 0;
        for (int k = 0; k < n; ) {
            int e = k + 1;
            while (e < n && shared[e] == shared[k]) {
                e++;
            }
            if (e - k >= 2) {
                shared[count] = shared[k];
                starts[count + 1] = starts[count] + (e - k);
                count++;
            }
            k = e;
        }
        System.arraycopy(starts, 0, cursors, 0, count);
        for (int i = 0; i < n; i++) {
            int b = Arrays.binarySearch(shared, 0, count, keys[i]);
            if (b >= 0) {
                members[cursors[b]++] = i;
            }
        }
    }

    /** The number of buckets with at least two members. */
    int count() {
        return count;
    }

    /** The first position of bucket {@code b} in {@link #member}. */
    int start(int b) {
        return starts[b];
    }

    /** The position after the last member of bucket {@code b}. */
    int end(int b) {
        return starts[b + 1];
    }

    /** The article index at a position. */
    int member(int position) {
        return members[position];
    }
}
