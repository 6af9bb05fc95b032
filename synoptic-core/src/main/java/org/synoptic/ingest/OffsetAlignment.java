package org.synoptic.ingest;

import java.util.Arrays;

/**
 * Maps character offsets in a cleaned text back to offsets in the text it was cleaned from.
 *
 * <p>Cleaning removes junk lines, collapses whitespace and replaces quote characters, so an offset into
 * {@code Article.text()} is not an offset into the input. This alignment records, for every cleaned character, the
 * original character it came from, compressed into runs where both advance together. A replaced character (a
 * straight quote normalised to „) maps to the character it replaced; a collapsed run of whitespace maps to its first
 * character; the paragraph separator inserted between two kept lines maps to the line break after the first one.
 *
 * <p>Immutable and thread-safe. Built by {@link TextCleaner}; exposed per article by {@link ArticleOrigin}.
 */
public final class OffsetAlignment {

    private final int[] cleanedStarts;
    private final int[] originalStarts;
    private final int cleanedLength;
    private final int originalLength;

    private OffsetAlignment(int[] cleanedStarts, int[] originalStarts, int cleanedLength, int originalLength) {
        this.cleanedStarts = cleanedStarts;
        this.originalStarts = originalStarts;
        this.cleanedLength = cleanedLength;
        this.originalLength = originalLength;
    }

    /** The alignment of a text with itself: offset {@code i} maps to {@code i}. */
    public static OffsetAlignment identity(int length) {
        return new OffsetAlignment(new int[] {0}, new int[] {0}, length, length);
    }

    /** Length of the cleaned text this alignment maps from. */
    public int cleanedLength() {
        return cleanedLength;
    }

    /** Length of the original text this alignment maps to. */
    public int originalLength() {
        return originalLength;
    }

    /**
     * The original offset of the cleaned character at {@code cleanedOffset}; {@code cleanedLength()} maps to
     * {@code originalLength()}.
     *
     * @throws IndexOutOfBoundsException when the offset is outside {@code [0, cleanedLength()]}
     */
    public int toOriginal(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset > cleanedLength) {
            throw new IndexOutOfBoundsException("cleaned offset out of range: offset=" + cleanedOffset
                    + " length=" + cleanedLength);
        }
        if (cleanedOffset == cleanedLength) {
            return originalLength;
        }
        int run = Arrays.binarySearch(cleanedStarts, cleanedOffset);
        if (run < 0) {
            run = -run - 2;
        }
        return originalStarts[run] + (cleanedOffset - cleanedStarts[run]);
    }

    /**
     * The original span {@code [start, end)} covering the cleaned span {@code [cleanedStart, cleanedEnd)}: the start of
     * its first character to just after its last one.
     */
    public int[] toOriginalSpan(int cleanedStart, int cleanedEnd) {
        if (cleanedStart > cleanedEnd) {
            throw new IllegalArgumentException("start index must not be larger than end index: start=" + cleanedStart
                    + " end=" + cleanedEnd);
        }
        int start = toOriginal(cleanedStart);
        int end = cleanedEnd == cleanedStart ? start : toOriginal(cleanedEnd - 1) + 1;
        return new int[] {start, end};
    }

    /** The alignment of the cleaned text's suffix starting at {@code cleanedStart}, to the same original text. */
    OffsetAlignment suffix(int cleanedStart) {
        Builder builder = new Builder();
        for (int i = cleanedStart; i < cleanedLength; i++) {
            builder.add(toOriginal(i));
        }
        return builder.build(originalLength);
    }

    /** Number of runs; a measure of how much cleaning changed. */
    int runs() {
        return cleanedStarts.length;
    }

    /** Collects one original offset per cleaned character, in cleaned order. Not thread-safe. */
    static final class Builder {
        private int[] cleaned = new int[16];
        private int[] original = new int[16];
        private int runs;
        private int length;
        private int lastOriginal = -2;

        /** Records that the next cleaned character came from the original character at {@code originalOffset}. */
        void add(int originalOffset) {
            if (runs == 0 || originalOffset != lastOriginal + 1) {
                if (runs == cleaned.length) {
                    cleaned = Arrays.copyOf(cleaned, runs * 2);
                    original = Arrays.copyOf(original, runs * 2);
                }
                cleaned[runs] = length;
                original[runs] = originalOffset;
                runs++;
            }
            lastOriginal = originalOffset;
            length++;
        }

        int length() {
            return length;
        }

        OffsetAlignment build(int originalLength) {
            if (runs == 0) {
                return new OffsetAlignment(new int[] {0}, new int[] {originalLength}, 0, originalLength);
            }
            return new OffsetAlignment(Arrays.copyOf(cleaned, runs), Arrays.copyOf(original, runs), length,
                    originalLength);
        }
    }
}
