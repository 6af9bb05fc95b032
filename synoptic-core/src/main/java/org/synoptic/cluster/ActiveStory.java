package org.synoptic.cluster;

/**
 * One active story's mutable state inside a {@link StoryIndex}: its centroid and clocks. Not thread-safe; owned by its
 * index.
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
}
