package org.synoptic.dedupe;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes MinHash signatures over word shingles of a text.
 *
 * <p>Tokens are maximal runs of letters and digits after Unicode NFKC normalisation and lower-casing
 * ({@link Locale#ROOT}); a shingle is {@code shingleSize} consecutive tokens. A text with fewer tokens than
 * {@code shingleSize} has its whole token sequence as its only shingle; a text without tokens has no shingles and a
 * signature of {@link Integer#MAX_VALUE}s, which is similar to nothing but an equally empty text.
 *
 * <p>Deterministic for a given ({@code shingleSize}, {@code numHashes}, {@code seed}); immutable and thread-safe.
 */
public final class MinHasher {

    /** Default shingle size in words. */
    public static final int DEFAULT_SHINGLE_SIZE = 3;
    /** Default number of hash functions. */
    public static final int DEFAULT_NUM_HASHES = 128;
    /** Default seed. */
    public static final long DEFAULT_SEED = 0x5F3759DFL;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final int shingleSize;
    private final long[] seeds;
    private final long seed;

    /**
     * @param shingleSize words per shingle, at least 1
     * @param numHashes   number of hash functions, at least 1
     * @param seed        seed of the hash family
     */
    public MinHasher(int shingleSize, int numHashes, long seed) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingleSize must be at least 1: " + shingleSize);
        }
        if (numHashes < 1) {
            throw new IllegalArgumentException("numHashes must be at least 1: " + numHashes);
        }
        this.shingleSize = shingleSize;
        this.seed = seed;
        this.seeds = new long[numHashes];
        long s = seed;
        for (int i = 0; i < numHashes; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(s);
        }
    }

    /** A hasher with 3-word shingles, 128 hashes and the default seed. */
    public static MinHasher defaults() {
        return new MinHasher(DEFAULT_SHINGLE_SIZE, DEFAULT_NUM_HASHES, DEFAULT_SEED);
    }

    /** Number of hash functions, i.e. the signature size. */
    public int numHashes() {
        return seeds.length;
    }

    /** Words per shingle. */
    public int shingleSize() {
        return shingleSize;
    }

    /** The seed of the hash family. */
    public long seed() {
        return seed;
    }

    /** The normalised tokens of a text, in order; never {@code null}. */
    public static List<String> tokens(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normal);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The signature of the text; {@code text} must not be {@code null}. */
    public MinHashSignature signature(String text) {
        long[] shingles = shingleHashes(tokens(text));
        int[] min = new int[seeds.length];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (mix(sh ^ seeds[i]) >>> 33);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new MinHashSignature(min);
    }

    private long[] shingleHashes(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, tokens.size() - shingleSize + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0xCBF29CE484222325L;
            for (int j = i; j < Math.min(tokens.size(), i + shingleSize); j++) {
                for (byte b : tokens.get(j).getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ (b & 0xFF)) * 0x100000001B3L;
                }
                h = (h ^ 0x20) * 0x100000001B3L; // word separator, so "ab c" and "a bc" differ
            }
            out[i] = mix(h);
        }
        return out;
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash step. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
