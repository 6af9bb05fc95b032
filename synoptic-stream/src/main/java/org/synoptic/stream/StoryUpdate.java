package org.synoptic.stream;

import java.util.Arrays;

/**
 * What the story assignment changed about one story: the record on the story-updates topic, in the stories index and
 * the deep tier's input. {@code version} counts the changes of the story (1 when founded) so that an older update never
 * overwrites a newer one (OpenSearch external versions) and a replay is harmless.
 *
 * <p>{@code change} is {@code founded} (the article founded it), {@code grew} (the article joined it),
 * {@code absorbed} (younger stories were merged into it; they are in {@code mergedIds}) or {@code merged} (it was merged
 * into {@code mergedInto} and no longer exists). {@code memberIds} are the story's articles in arrival order (empty for
 * {@code merged}).
 */
public class StoryUpdate {
    public String storyId;
    public long version;
    public String change;
    /** The article that caused the change. */
    public String articleId;
    public String[] memberIds;
    public String[] mergedIds;
    public String mergedInto;
    /** The arrival number of the causing article in the job's order (0-based). */
    public long seq;
    /**
     * The story's links across languages with their evidence, as the JSON array of {@code StoryLink}s the store's API
     * gives; {@code null} for a story linked to none. The deep tier writes it into the story's digest document.
     */
    public String links;

    public StoryUpdate() {
    }

    public StoryUpdate(String storyId, long version, String change, String articleId, String[] memberIds,
                       String[] mergedIds, String mergedInto, long seq) {
        this.storyId = storyId;
        this.version = version;
        this.change = change;
        this.articleId = articleId;
        this.memberIds = memberIds;
        this.mergedIds = mergedIds;
        this.mergedInto = mergedInto;
        this.seq = seq;
    }

    /** Whether the story no longer exists. */
    public boolean isMergedAway() {
        return "merged".equals(change);
    }

    @Override
    public String toString() {
        return "StoryUpdate[" + storyId + " v" + version + " " + change + " by " + articleId + ", "
                + (memberIds == null ? 0 : memberIds.length) + " members"
                + (mergedInto == null ? "" : " into " + mergedInto)
                + (mergedIds == null || mergedIds.length == 0 ? "" : " absorbed " + Arrays.toString(mergedIds)) + "]";
    }
}
