package org.synoptic.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A story: the articles that report one event, in the order they joined.
 *
 * @param id         stable story id derived from the founding article's id ({@link StoryClusterer#storyId(String)});
 *                   it never changes as the story grows
 * @param articleIds ids of the member articles in arrival order, the founding article first; immutable, never empty
 */
public record Story(String id, List<String> articleIds) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article: id=" + id);
        }
    }

    /** The number of member articles. */
    public int size() {
        return articleIds.size();
    }
}
