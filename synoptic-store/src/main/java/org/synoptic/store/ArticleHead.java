package org.synoptic.store;

import java.time.Instant;
import java.util.Objects;
import org.synoptic.model.Article;

/**
 * What the store keeps in the heap of one stored article: its keys, its place and story, and the few fields a story
 * list shows. The text and the other original fields stay in the index ({@link ArticleReader}).
 *
 * @param id           the article's id
 * @param seq          arrival number in the store, strictly increasing
 * @param ingested     when the store took the article in
 * @param storyId      the story the article belongs to now
 * @param contentHash  hex SHA-256 of the normalised title and text
 * @param urlKey       the normalised URL ({@link ArticleKeys#urlKey}); {@code null} when the article has none
 * @param title        the title as read; may be {@code null}
 * @param outlet       the outlet; may be {@code null}
 * @param published    the publication date as given; may be {@code null}
 * @param language     the language code
 * @param entitiesHash hash of the entity strings last written to the article's document (0: none written)
 */
record ArticleHead(String id, long seq, Instant ingested, String storyId, String contentHash, String urlKey,
                   String title, String outlet, String published, String language, int entitiesHash) {

    ArticleHead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ingested, "ingested");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    static ArticleHead of(StoredArticle stored) {
        Article a = stored.article();
        return new ArticleHead(a.id(), stored.seq(), stored.ingested(), stored.storyId(), stored.contentHash(),
                ArticleKeys.urlKey(a.url()), a.title(), a.outlet(), a.published(), a.language(),
                entitiesHash(stored.entities()));
    }

    static int entitiesHash(java.util.List<String> entities) {
        return entities.isEmpty() ? 0 : entities.hashCode();
    }

    ArticleHead withStory(String newStoryId) {
        return new ArticleHead(id, seq, ingested, newStoryId, contentHash, urlKey, title, outlet, published, language, 0);
    }

    ArticleHead withEntitiesHash(int hash) {
        return new ArticleHead(id, seq, ingested, storyId, contentHash, urlKey, title, outlet, published, language, hash);
    }

    /**
     * When the report appeared: its publication time, unless it is absent, unreadable or after the report was
     * ingested; else the time it was ingested. Retention ages stories by it.
     */
    Instant reportTime() {
        java.util.OptionalLong millis = org.synoptic.model.Article.epochMillisOf(published);
        return millis.isPresent() && millis.getAsLong() <= ingested.toEpochMilli() ? Instant.ofEpochMilli(millis.getAsLong())
                : ingested;
    }
}
