package org.synoptic.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The saved state of a {@link StoryIndex} at one point of its stream: what {@link StoryIndex#restore} needs to go on
 * exactly as an uninterrupted index would. Made by {@link StoryIndex#snapshot()}; written with {@link #writeTo} and
 * read with {@link #readFrom} (gzip-compressed binary, about 10 bytes per vocabulary term and 12 per centroid term).
 *
 * <p>It holds the vocabulary with document frequencies (terms in the order the index first saw them, so term ids and
 * with them every floating-point sum come back the same), the active stories in order of foundation with their
 * centroids, time spans and cached norms, and the counters. It holds no article ids and no cold story: those have
 * left the index as {@link StoryEvents}.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param settings       {@link StoryClusterer#settings()} of the clusterer that made it; a snapshot restores only into
 *                       an index with the same settings
 * @param articleCount   articles added so far (the arrival counter)
 * @param latestTime     the stream's latest reliable publication time in epoch ms, or {@link Long#MIN_VALUE} for none
 * @param evictedAt      the stream time at which cold stories were last evicted, or {@link Long#MIN_VALUE}
 * @param mergeCount     merges so far
 * @param redatedCount   articles whose date lay too far ahead and was replaced ({@link StoryEvents#redated})
 * @param terms          the vocabulary, by term id
 * @param documentFrequencies the document frequency of each term, parallel to {@code terms}
 * @param stories        the active stories, oldest first
 */
public record StoryIndexSnapshot(String settings, long articleCount, long latestTime, long evictedAt, long mergeCount,
                                 long redatedCount, List<String> terms, int[] documentFrequencies,
                                 List<ActiveStoryState> stories) {

    private static final int MAGIC = 0x53594958; // "SYIX"
    private static final int VERSION = 1;

    public StoryIndexSnapshot {
        Objects.requireNonNull(settings, "settings");
        terms = List.copyOf(terms);
        documentFrequencies = documentFrequencies.clone();
        stories = List.copyOf(stories);
        if (terms.size() != documentFrequencies.length) {
            throw new IllegalArgumentException("terms and document frequencies differ in length: " + terms.size()
                    + " vs " + documentFrequencies.length);
        }
    }

    /** The document frequencies, by term id; a copy. */
    @Override
    public int[] documentFrequencies() {
        return documentFrequencies.clone();
    }

    /**
     * One active story's state.
     *
     * @param id        the story id
     * @param members   its number of member articles
     * @param firstTime earliest member publication time in epoch ms, or {@link Long#MIN_VALUE} when none was dated
     * @param lastTime  latest member publication time, or {@link Long#MIN_VALUE}
     * @param lastArrival arrival number of its latest member
     * @param norm      cached centroid norm (0: not cached)
     * @param normAt    article count at which {@code norm} was computed
     * @param termIds   centroid term ids, ascending, into the snapshot's {@code terms}
     * @param weights   centroid weights before IDF, parallel to {@code termIds}
     */
    public record ActiveStoryState(String id, int members, long firstTime, long lastTime, long lastArrival, double norm,
                                   long normAt, int[] termIds, double[] weights) {

        public ActiveStoryState {
            Objects.requireNonNull(id, "id");
            termIds = termIds.clone();
            weights = weights.clone();
            if (termIds.length != weights.length) {
                throw new IllegalArgumentException("story " + id + ": term ids and weights differ in length");
            }
        }

        @Override
        public int[] termIds() {
            return termIds.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ActiveStoryState s && id.equals(s.id) && members == s.members
                    && firstTime == s.firstTime && lastTime == s.lastTime && lastArrival == s.lastArrival
                    && Double.compare(norm, s.norm) == 0 && normAt == s.normAt && Arrays.equals(termIds, s.termIds)
                    && Arrays.equals(weights, s.weights);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, members, lastArrival) * 31 + Arrays.hashCode(termIds);
        }

        @Override
        public String toString() {
            return "ActiveStoryState[id=" + id + ", members=" + members + ", terms=" + termIds.length + "]";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryIndexSnapshot s && settings.equals(s.settings) && articleCount == s.articleCount
                && latestTime == s.latestTime && evictedAt == s.evictedAt && mergeCount == s.mergeCount
                && redatedCount == s.redatedCount && terms.equals(s.terms)
                && Arrays.equals(documentFrequencies, s.documentFrequencies) && stories.equals(s.stories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, articleCount, terms.size(), stories);
    }

    @Override
    public String toString() {
        return "StoryIndexSnapshot[articles=" + articleCount + ", terms=" + terms.size() + ", activeStories="
                + stories.size() + ", merges=" + mergeCount + "]";
    }

    /** Writes the snapshot (gzip-compressed binary); does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(out), 1 << 16);
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF(settings);
            data.writeLong(articleCount);
            data.writeLong(latestTime);
            data.writeLong(evictedAt);
            data.writeLong(mergeCount);
            data.writeLong(redatedCount);
            data.writeInt(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                data.writeUTF(terms.get(i));
                data.writeInt(documentFrequencies[i]);
            }
            data.writeInt(stories.size());
            for (ActiveStoryState s : stories) {
                data.writeUTF(s.id);
                data.writeInt(s.members);
                data.writeLong(s.firstTime);
                data.writeLong(s.lastTime);
                data.writeLong(s.lastArrival);
                data.writeDouble(s.norm);
                data.writeLong(s.normAt);
                data.writeInt(s.termIds.length);
                for (int j = 0; j < s.termIds.length; j++) {
                    data.writeInt(s.termIds[j]);
                    data.writeDouble(s.weights[j]);
                }
            }
        }
    }

    /**
     * Reads a snapshot written by {@link #writeTo}; does not close {@code in}.
     *
     * @throws IOException when the stream is not a snapshot of this version, is cut short or is inconsistent
     */
    public static StoryIndexSnapshot readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        int magic = data.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a story index snapshot: magic " + Integer.toHexString(magic));
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("story index snapshot version " + version + " is not supported (expected " + VERSION + ")");
        }
        String settings = data.readUTF();
        long articleCount = data.readLong();
        long latestTime = data.readLong();
        long evictedAt = data.readLong();
        long mergeCount = data.readLong();
        long redatedCount = data.readLong();
        int termCount = nonNegative(data.readInt(), "term count");
        List<String> terms = new ArrayList<>(termCount);
        int[] df = new int[termCount];
        for (int i = 0; i < termCount; i++) {
            terms.add(data.readUTF());
            df[i] = data.readInt();
        }
        int storyCount = nonNegative(data.readInt(), "story count");
        List<ActiveStoryState> stories = new ArrayList<>(storyCount);
        for (int k = 0; k < storyCount; k++) {
            String id = data.readUTF();
            int members = data.readInt();
            long firstTime = data.readLong();
            long lastTime = data.readLong();
            long lastArrival = data.readLong();
            double norm = data.readDouble();
            long normAt = data.readLong();
            int size = nonNegative(data.readInt(), "centroid size");
            int[] ids = new int[size];
            double[] weights = new double[size];
            for (int j = 0; j < size; j++) {
                ids[j] = data.readInt();
                if (ids[j] < 0 || ids[j] >= termCount) {
                    throw new IOException("story " + id + " names term id " + ids[j] + " of " + termCount);
                }
                weights[j] = data.readDouble();
            }
            stories.add(new ActiveStoryState(id, members, firstTime, lastTime, lastArrival, norm, normAt, ids, weights));
        }
        return new StoryIndexSnapshot(settings, articleCount, latestTime, evictedAt, mergeCount, redatedCount, terms, df,
                stories);
    }

    private static int nonNegative(int value, String what) throws IOException {
        if (value < 0) {
            throw new IOException("corrupt story index snapshot: " + what + " " + value);
        }
        return value;
    }

    /** Keeps the caller's stream open when the gzip and data layers are closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
