package org.synoptic.cluster;

/**
 * What a {@link StoryIndex} tells the world as it places articles: the way story assignments leave the index, so that
 * the index itself holds only the active stories and whoever listens (a store, a stream sink, a
 * {@link StoryIndex#stories() collecting index} in a batch) keeps the members.
 *
 * <p>Contract: events come on the thread that calls {@link StoryIndex#add}, in the order things happen, before
 * {@code add} returns. For one article the order is: {@link #redated} (when its date was not believed), {@link #cooled}
 * for stories the article's time left behind, {@link #assigned}, then {@link #merged} for every story that the article
 * bridged into an older one. A listener must not call back into the index. Every method does nothing by default, so a
 * listener implements only what it needs.
 *
 * <p>Design decision: the article's assignment is reported to the story it joined first; a {@link #merged} that follows
 * moves that story (with this article) into the older one. A listener that follows merges therefore always knows every
 * article's current story without asking the index.
 */
public interface StoryEvents {

    /** A listener that ignores everything. */
    static StoryEvents none() {
        return new StoryEvents() {
        };
    }

    /** A listener that passes every event to {@code first}, then to {@code second}; neither may be {@code null}. */
    static StoryEvents both(StoryEvents first, StoryEvents second) {
        return new Both(java.util.Objects.requireNonNull(first, "first"), java.util.Objects.requireNonNull(second, "second"));
    }

    /**
     * The article joined a story: an active one, a new one that it founds (its id is then
     * {@link StoryClusterer#storyId(String) storyId(articleId)}), or, for a near-copy, the story of its original.
     *
     * @param articleId the added article's id; never {@code null}
     * @param storyId   the story's id; never {@code null}
     */
    default void assigned(String articleId, String storyId) {
    }

    /**
     * The younger story {@code fromStoryId} was merged into the older {@code intoStoryId}: all its members belong to
     * {@code intoStoryId} from now on and {@code fromStoryId} no longer exists.
     */
    default void merged(String fromStoryId, String intoStoryId) {
    }

    /**
     * The story went cold (its latest report is older than {@link StoryClusterer#coldAfter()}, or, undated, too many
     * articles passed it by) and left the index: it accepts no more articles except near-copies of its members
     * ({@link StoryIndex#addCopy}), which bring it back under the same id.
     */
    default void cooled(String storyId) {
    }

    /**
     * The article's publication time lay more than {@link StoryIndex#MAX_AHEAD} after the stream's latest reliable time
     * (and the clock), so the index placed it at {@code usedEpochMillis} instead and did not let it move the stream's
     * time forward.
     */
    default void redated(String articleId, long claimedEpochMillis, long usedEpochMillis) {
    }

    /** Reports to two listeners, in order. */
    record Both(StoryEvents first, StoryEvents second) implements StoryEvents {
        @Override
        public void assigned(String articleId, String storyId) {
            first.assigned(articleId, storyId);
            second.assigned(articleId, storyId);
        }

        @Override
        public void merged(String fromStoryId, String intoStoryId) {
            first.merged(fromStoryId, intoStoryId);
            second.merged(fromStoryId, intoStoryId);
        }

        @Override
        public void cooled(String storyId) {
            first.cooled(storyId);
            second.cooled(storyId);
        }

        @Override
        public void redated(String articleId, long claimedEpochMillis, long usedEpochMillis) {
            first.redated(articleId, claimedEpochMillis, usedEpochMillis);
            second.redated(articleId, claimedEpochMillis, usedEpochMillis);
        }
    }
}
