package org.synoptic.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.synoptic.model.Article;

/**
 * An article as the store holds it: the article as read and cleaned, its place in the arrival order and its story.
 *
 * @param article     the article with its original input fields and cleaned text
 * @param seq         arrival number in the store, 0-based, strictly increasing; the order stories are replayed in
 * @param ingested    when the store took the article in
 * @param storyId     the story the article joined
 * @param contentHash hex SHA-256 of the normalised title and text; one of the two keys that recognise a duplicate
 * @param entities    canonical names and spelling variants of the story's entities this article mentions, filled
 *                    when the story's digest is computed; empty before
 */
public record StoredArticle(Article article, long seq, Instant ingested, String storyId, String contentHash,
                            List<String> entities) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(ingested, "ingested");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(contentHash, "contentHash");
        entities = List.copyOf(entities);
    }

    /** The article's id. */
    public String id() {
        return article.id();
    }

    StoredArticle withStory(String newStoryId) {
        return new StoredArticle(article, seq, ingested, newStoryId, contentHash, entities);
    }

    StoredArticle withEntities(List<String> newEntities) {
        return new StoredArticle(article, seq, ingested, storyId, contentHash, newEntities);
    }
}
