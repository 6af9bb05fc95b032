package org.synoptic.digest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.synoptic.model.ArticleAnalysis;

/**
 * What the digest is built from: one story's analysed articles, in arrival order, and their syndication groups.
 *
 * @param storyId           the story's stable id
 * @param analyses          the deep-tier analysis of each article
 * @param syndicationGroups article id to syndication group id; an article missing from the map is its own group
 */
public record StoryMaterial(String storyId, List<ArticleAnalysis> analyses, Map<String, String> syndicationGroups) {

    public StoryMaterial {
        Objects.requireNonNull(storyId, "storyId");
        analyses = List.copyOf(analyses);
        syndicationGroups = Map.copyOf(syndicationGroups);
        if (analyses.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article: " + storyId);
        }
    }

    /** The syndication group of an article. */
    public String groupOf(String articleId) {
        return syndicationGroups.getOrDefault(articleId, articleId);
    }
}
