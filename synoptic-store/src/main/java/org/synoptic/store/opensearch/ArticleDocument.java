package org.synoptic.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleKeys;
import org.synoptic.store.StoredArticle;

/**
 * An article's document in the articles index ({@code articles-template.json}): written by the stream job's
 * article indexer, read by the deep tier and by {@link OpenSearchRepository}. The document id is the article id.
 *
 * <p>Fields: the article's input fields and cleaned text, {@code storyId}, {@code seq} (the job's arrival number) and
 * {@code ingested} (when the job indexed it; a replay after a restore writes it again). Stateless.
 */
public final class ArticleDocument {

    private ArticleDocument() {
    }

    /** The document of an article placed in {@code storyId} as the {@code seq}-th arrival, indexed at {@code ingested}. */
    public static ObjectNode of(Article a, String storyId, long seq, Instant ingested) {
        ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
        doc.put("id", a.id());
        doc.put("storyId", storyId);
        doc.put("seq", seq);
        doc.put("ingested", ingested.toString());
        doc.put("source", a.source());
        doc.put("url", a.url());
        doc.put("canonicalUrl", a.canonicalUrl());
        doc.put("outlet", a.outlet());
        doc.put("author", a.author());
        doc.put("published", a.published());
        doc.put("language", a.language());
        doc.set("inferred", OpenSearchHttp.JSON.valueToTree(a.inferred() == null ? List.of() : List.copyOf(a.inferred())));
        doc.put("title", a.title());
        doc.put("text", a.text());
        return doc;
    }

    /** The article a document holds. */
    public static Article article(JsonNode doc) {
        Set<String> inferred = new LinkedHashSet<>();
        doc.path("inferred").forEach(n -> inferred.add(n.asText()));
        return new Article(text(doc, "id"), text(doc, "source"), text(doc, "url"), text(doc, "title"),
                text(doc, "text"), text(doc, "outlet"), text(doc, "author"), text(doc, "published"),
                text(doc, "language"), inferred, text(doc, "canonicalUrl"));
    }

    /**
     * The article as the server shows it: its story and arrival number, the time it was indexed (the epoch when the
     * document has none), its content hash computed as the store computes it, and no entity names (the job writes
     * none).
     */
    static StoredArticle stored(JsonNode doc) {
        Article a = article(doc);
        return new StoredArticle(a, doc.path("seq").asLong(), instant(text(doc, "ingested")), text(doc, "storyId"),
                ArticleKeys.contentHash(a), List.of());
    }

    static Instant instant(String text) {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
