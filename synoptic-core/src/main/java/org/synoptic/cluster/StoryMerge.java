package org.synoptic.cluster;

import java.util.Objects;

/**
 * Two stories found to be one: the younger was merged into the older, whose id survives.
 *
 * @param survivorId the id of the older story, which now holds the members of both; not {@code null}
 * @param mergedId   the id of the younger story, which no longer exists on its own; not {@code null}
 * @param articleId  the arriving article that scored above the threshold for both and so bridged them; not
 *                   {@code null}
 */
public record StoryMerge(String survivorId, String mergedId, String articleId) {

    public StoryMerge {
        Objects.requireNonNull(survivorId, "survivorId");
        Objects.requireNonNull(mergedId, "mergedId");
        Objects.requireNonNull(articleId, "articleId");
    }
}
