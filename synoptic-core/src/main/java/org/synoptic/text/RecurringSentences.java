package org.synoptic.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;

/**
 * Boilerplate learned from a corpus: the sentences that recur, normalised, in several unrelated reports of one outlet
 * ("Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht … nicht mehr zur Verfügung.", a site's
 * standing note on its sources). {@link ContentRoles} marks them {@link org.synoptic.model.ContentRole#BOILERPLATE}.
 *
 * <p>A sentence is learned when it occurs in at least {@value #MIN_ARTICLES} reports of the same outlet that are not
 * near-copies of each other: two reports are near-copies when the other sentences they hold (normalised, of at least
 * three words) overlap by at least half (Jaccard), so a syndicated report or a corrected version that repeats a
 * sentence teaches nothing, and a report made of the one sentence alone never counts twice. Only sentences of at
 * least {@value #MIN_WORDS} words are learned: short lines ("Foto: dpa") are the rule table's business, and a short
 * sentence recurs by chance. Normalised means lower-cased, with every run of characters other than letters and digits
 * made one space.
 *
 * <p>Design decision: an article without an outlet belongs to one unknown outlet (the empty name). Inputs without an
 * outlet (10kGNAD's CSV, a folder of text files) mostly come from one source; learning per folder would need a field
 * the model does not have, and two unrelated sources without outlet rarely share a five-word sentence by chance.
 *
 * <p>Two forms: {@link #learn(Collection)} for a batch (the CLI's digest over a folder, {@code StoryClusterer.cluster}),
 * and a {@link Counter} for a stream, whose memory is bounded by its capacity and whose {@link Counter#snapshot()} is
 * an instance of this class. Instances are immutable and thread-safe.
 */
public final class RecurringSentences {

    /** Unrelated reports of one outlet in which a sentence must occur to be learned. */
    public static final int MIN_ARTICLES = 3;
    /** Words a sentence must have to be learned. */
    public static final int MIN_WORDS = 5;
    /** Default number of sentences a {@link Counter} keeps counts for. */
    public static final int DEFAULT_CAPACITY = 200_000;

    private static final RecurringSentences NONE = new RecurringSentences(Set.of());
    private static final double NEAR_COPY = 0.5;
    private static final int MAX_CONTEXT = 64;

    private final Set<String> keys;

    private RecurringSentences(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** Nothing learned. */
    public static RecurringSentences none() {
        return NONE;
    }

    /** Learns from a batch of articles, in the given order, without a bound on memory beyond the batch's size. */
    public static RecurringSentences learn(Collection<Article> articles) {
        Counter counter = counter(Math.max(DEFAULT_CAPACITY, 16 * articles.size()));
        articles.forEach(counter::observe);
        return counter.snapshot();
    }

    /** A counter for a stream that keeps counts for at most {@code capacity} sentences (the least recently seen go). */
    public static Counter counter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        return new Counter(capacity);
    }

    /** Whether the sentence, normalised, was learned as boilerplate of the outlet ({@code null}: the unknown outlet). */
    public boolean contains(String outlet, String sentence) {
        if (keys.isEmpty()) {
            return false;
        }
        String normal = normalise(sentence);
        return normal != null && keys.contains(key(outlet, normal));
    }

    /** Number of learned sentences, over all outlets. */
    public int size() {
        return keys.size();
    }

    /** The learned sentences, normalised, each prefixed by its outlet and a {@code |} ({@code "|der volltext …"}). */
    public Set<String> learned() {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            out.add(k.replace('\u0001', '|'));
        }
        return out;
    }

    /** The sentence normalised, or {@code null} when it has fewer than {@value #MIN_WORDS} words. */
    static String normalise(String sentence) {
        String normal = words(sentence);
        return normal.isEmpty() || normal.split(" ").length < MIN_WORDS ? null : normal;
    }

    private static String words(String sentence) {
        StringBuilder b = new StringBuilder(sentence.length());
        boolean space = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    private static String key(String outlet, String normal) {
        String o = outlet == null ? "" : outlet.strip().toLowerCase(Locale.ROOT);
        return o + '\u0001' + normal;
    }

    /**
     * Counts sentences over a stream of articles and learns those that recur in {@value #MIN_ARTICLES} unrelated
     * reports of one outlet. Memory is bounded: counts are kept for at most {@code capacity} sentences, the least
     * recently seen dropped first, and as many learned sentences. Not thread-safe: like the story index it is shared
     * state, held by whoever feeds the stream and passed explicitly.
     */
    public static final class Counter {
        private final int capacity;
        private final Map<String, Tally> tallies;
        private final Set<String> learned;

        private Counter(int capacity) {
            this.capacity = capacity;
            this.tallies = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                    return size() > Counter.this.capacity;
                }
            };
            this.learned = new LinkedHashSet<>();
        }

        /** Counts the sentences of one article (split by the rule-based splitter). */
        public void observe(Article article) {
            observe(article.outlet(), SentenceSplitter.ruleBased().split(article.text()).stream().map(Sentence::text).toList());
        }

        /** Counts the sentences of one article of the outlet ({@code null}: the unknown outlet). */
        public void observe(String outlet, List<String> sentences) {
            List<String> normals = new ArrayList<>(sentences.size());
            Set<String> context = new HashSet<>();
            for (String s : sentences) {
                String w = words(s);
                normals.add(w);
                if (!w.isEmpty() && w.split(" ").length >= 3) {
                    context.add(w);
                }
            }
            // the context's hashes, sorted, with how many context sentences have each: a sentence's fingerprint is
            // the first MAX_CONTEXT of them without its own, in O(MAX_CONTEXT), not O(context) per sentence
            java.util.TreeMap<Long, Integer> hashCounts = new java.util.TreeMap<>();
            for (String c : context) {
                hashCounts.merge(contextHash(c), 1, Integer::sum);
            }
            long[] sortedHashes = hashCounts.keySet().stream().mapToLong(Long::longValue).toArray();
            int[] counts = hashCounts.values().stream().mapToInt(Integer::intValue).toArray();
            Set<String> seen = new HashSet<>();
            for (String w : normals) {
                if (w.isEmpty() || w.split(" ").length < MIN_WORDS || !seen.add(w)) {
                    continue;
                }
                String key = key(outlet, w);
                if (learned.contains(key)) {
                    continue;
                }
                long[] others = fingerprint(sortedHashes, counts, context.contains(w) ? contextHash(w) : null);
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
                if (tally.isIndependent(others)) {
                    tally.contexts.add(others);
                    if (tally.contexts.size() >= MIN_ARTICLES) {
                        tallies.remove(key);
                        learned.add(key);
                        if (learned.size() > capacity) {
                            learned.remove(learned.iterator().next());
                        }
                    }
                }
            }
        }

        /**
         * The learned sentences as opaque keys (outlet and normalised words), oldest first, for a checkpoint; give
         * them back to {@link #learn} of a new counter.
         */
        public List<String> learnedKeys() {
            return List.copyOf(learned);
        }

        /** Takes keys made by {@link #learnedKeys} as learned, keeping at most {@code capacity}, the newest. */
        public void learn(List<String> keys) {
            for (String key : keys) {
                tallies.remove(key);
                learned.remove(key);
                learned.add(key);
                if (learned.size() > capacity) {
                    learned.remove(learned.iterator().next());
                }
            }
        }

        /** The sentences learned so far. */
        public RecurringSentences snapshot() {
            return learned.isEmpty() ? NONE : new RecurringSentences(learned);
        }

        /**
         * The first {@code MAX_CONTEXT} of the context's distinct sentence hashes (sorted, with their counts) once
         * the sentence with hash {@code except} (null: not in the context) is left out.
         */
        private static long[] fingerprint(long[] sortedHashes, int[] counts, Long except) {
            long[] out = new long[Math.min(MAX_CONTEXT, sortedHashes.length)];
            int n = 0;
            for (int i = 0; i < sortedHashes.length && n < out.length; i++) {
                if (except == null || sortedHashes[i] != except || counts[i] > 1) {
                    out[n++] = sortedHashes[i];
                }
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }

        private static long contextHash(String sentence) {
            return sentence.hashCode() * 0x9E3779B97F4A7C15L + sentence.length();
        }
    }

    /** The contexts (other sentences) of the unrelated reports a sentence was seen in so far. */
    private static final class Tally {
        final List<long[]> contexts = new ArrayList<>(MIN_ARTICLES);

        boolean isIndependent(long[] others) {
            for (long[] c : contexts) {
                if (jaccard(c, others) >= NEAR_COPY) {
                    return false;
                }
            }
            return true;
        }

        private static double jaccard(long[] a, long[] b) {
            if (a.length == 0 && b.length == 0) {
                return 1.0; // two reports of the one sentence alone are copies
            }
            int i = 0;
            int j = 0;
            int inter = 0;
            while (i < a.length && j < b.length) {
                int cmp = Long.compare(a[i], b[j]);
                if (cmp == 0) {
                    inter++;
                    i++;
                    j++;
                } else if (cmp < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) inter / (a.length + b.length - inter);
        }
    }

    @Override
    public String toString() {
        return "RecurringSentences[" + keys.size() + " learned]";
    }
}
