package org.synoptic.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A story: the articles that report one event, in the order they joined.
 *
 * @param id         stable story id derived from the founding article's id ({@link StoryClusterer#storyId(String)});
 *                   it never changes as the story grows, and survives when a younger story is merged into this one
 * @param articleIds ids of the member articles in arrival order, the founding article first; immutable, never empty
 * @param mergedIds  ids of the younger stories merged into this one, in the order they were merged (see
 *                   {@link StoryMerge}); immutable, empty when none was
 * @param links      the stories of another language linked into this one ({@link StoryLinker}), with their evidence;
 *                   immutable, empty when none was
 */
public record Story(String id, List<String> articleIds, List<String> mergedIds, List<StoryLink> links) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
        links = links == null ? List.of() : List.copyOf(links);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article: id=" + id);
        }
    }

    /** A story that no story of another language was linked into. */
    public Story(String id, List<String> articleIds, List<String> mergedIds) {
        this(id, articleIds, mergedIds, List.of());
    }

    /** A story into which no other was merged. */
    public Story(String id, List<String> articleIds) {
        this(id, articleIds, List.of());
    }

    /** The number of member articles. */
    public int size() {
        return articleIds.size();
    }
}
