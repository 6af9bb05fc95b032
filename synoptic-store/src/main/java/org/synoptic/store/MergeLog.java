package org.synoptic.store;

import java.util.ArrayList;
import java.util.List;
import org.synoptic.cluster.StoryEvents;

/**
 * The store's listener on its streaming {@link org.synoptic.cluster.StoryIndex}: collects the merges an
 * {@code add} reports, for the store to move the merged stories' articles once {@code add} has returned (a listener
 * must not call back into the index), and counts the stories that went cold.
 *
 * <p>Not thread-safe: confined, like the index, to the store's write lock (or its replay).
 */
final class MergeLog implements StoryEvents {

    /** One merge: {@code fromStoryId}'s members now belong to {@code intoStoryId}. */
    record Merge(String fromStoryId, String intoStoryId) {
    }

    private final List<Merge> pending = new ArrayList<>();
    private long cooled;

    @Override
    public void merged(String fromStoryId, String intoStoryId) {
        pending.add(new Merge(fromStoryId, intoStoryId));
    }

    @Override
    public void cooled(String storyId) {
        cooled++;
    }

    /** The merges reported since the last call, in order; clears them. */
    List<Merge> drain() {
        List<Merge> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** Stories that went cold since the store opened. */
    long cooledCount() {
        return cooled;
    }
}
