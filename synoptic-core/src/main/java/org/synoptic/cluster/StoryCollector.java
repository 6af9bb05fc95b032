package org.synoptic.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A listener that keeps every story and article a {@link StoryIndex} reported: what a batch (the CLI, an evaluation)
 * wants back, and what a streaming index must not hold. Memory grows with every article added.
 *
 * <p>Stories are kept in order of foundation with their members in arrival order; a merge moves the younger story's
 * members into the older one, keeping arrival order. Not thread-safe: confined to the index's thread.
 */
final class StoryCollector implements StoryEvents {

    private final Map<String, Collected> stories = new LinkedHashMap<>();
    private final Map<String, Collected> storyOfArticle = new HashMap<>();
    private final List<StoryMerge> merges = new ArrayList<>();
    private long arrivals;
    private String lastArticle;

    /** One story's members, as reported. */
    private static final class Collected {
        final String id;
        final List<String> articleIds = new ArrayList<>();
        long[] arrivals = new long[2];
        final List<String> mergedIds = new ArrayList<>(0);
        boolean mergedAway;

        Collected(String id) {
            this.id = id;
        }

        void add(String articleId, long arrival) {
            if (articleIds.size() == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, arrivals.length * 2);
            }
            arrivals[articleIds.size()] = arrival;
            articleIds.add(articleId);
        }

        /** Takes the other story's members, keeping arrival order. */
        void absorb(Collected other) {
            int n = articleIds.size();
            int m = other.articleIds.size();
            List<String> ids = new ArrayList<>(n + m);
            long[] merged = new long[n + m];
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (j == m || i < n && arrivals[i] < other.arrivals[j]) {
                    merged[i + j] = arrivals[i];
                    ids.add(articleIds.get(i++));
                } else {
                    merged[i + j] = other.arrivals[j];
                    ids.add(other.articleIds.get(j++));
                }
            }
            articleIds.clear();
            articleIds.addAll(ids);
            arrivals = merged;
        }
    }

    @Override
    public void assigned(String articleId, String storyId) {
        Collected s = stories.get(storyId);
        if (s == null || s.mergedAway) {
            s = new Collected(storyId);
            stories.put(storyId, s);
        }
        s.add(articleId, arrivals++);
        storyOfArticle.put(articleId, s);
        lastArticle = articleId;
    }

    @Override
    public void merged(String fromStoryId, String intoStoryId) {
        Collected gone = stories.get(fromStoryId);
        Collected keep = stories.get(intoStoryId);
        if (gone == null || keep == null) {
            throw new IllegalStateException("merge of unknown stories: " + fromStoryId + " into " + intoStoryId);
        }
        keep.absorb(gone);
        for (String member : gone.articleIds) {
            storyOfArticle.put(member, keep);
        }
        keep.mergedIds.add(gone.id);
        keep.mergedIds.addAll(gone.mergedIds);
        gone.mergedIds.clear();
        gone.mergedAway = true;
        stories.remove(fromStoryId);
        merges.add(new StoryMerge(intoStoryId, fromStoryId, lastArticle));
    }

    /** The stories so far in order of foundation, without those merged away; a snapshot. */
    List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (Collected s : stories.values()) {
            out.add(new Story(s.id, s.articleIds, s.mergedIds));
        }
        return List.copyOf(out);
    }

    /** The merges so far, in the order they happened; an immutable snapshot. */
    List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    /** The story an article belongs to now. */
    Optional<String> storyOf(String articleId) {
        Collected s = storyOfArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.id);
    }
}
