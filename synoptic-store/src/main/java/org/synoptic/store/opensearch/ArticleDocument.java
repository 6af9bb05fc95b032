package org.synoptic.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.synoptic.digest.StoryDigest;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleKeys;
import org.synoptic.store.StoredArticle;

/**
 * An article's document in the articles index ({@code articles-template.json}): written by the stream job's
 * article indexer, read by the deep tier and by {@link OpenSearchRepository}. The document id is the article id.
 *
 * <p>Fields: the article's input fields and cleaned text, {@code storyId}, {@code seq} (the job's arrival number) and
 * {@code ingested} (when the job indexed it; a replay after a restore writes it again); after its story's digest, the
 * deep tier adds {@code entities} and {@code entity} ({@link #entities}), as the Lucene store writes its entity field.
 * Stateless.
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

    /**
     * The partial document that gives article {@code articleId} the entities its story's digest found in it, as the
     * Lucene store's entity field holds them: {@code entities}, one string per entity, its name then its spelling
     * variants joined by {@code " | "} ("Schoigu | Shoigu", searched, so one spelling finds the others), and
     * {@code entity}, the names alone (a keyword: the search's entity facet and filter). Both empty when the digest
     * found none in it, which clears what an earlier digest wrote. Written by the stream job's deep tier with a partial
     * update after each digest.
     */
    public static ObjectNode entities(StoryDigest digest, String articleId) {
        ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
        var strings = doc.putArray("entities");
        var names = doc.putArray("entity");
        Set<String> seen = new LinkedHashSet<>();
        for (StoryDigest.EntityEntry e : digest.entities()) {
            if (!e.articles().contains(articleId)) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(e.name());
            spellings.addAll(e.variants());
            strings.add(String.join(" | ", spellings));
            if (seen.add(e.name())) {
                names.add(e.name());
            }
        }
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
     * document has none), its content hash computed as the store computes it, and its entity strings ({@link
     * #entities}; none before its story's first digest).
     */
    static StoredArticle stored(JsonNode doc) {
        Article a = article(doc);
        List<String> entities = new ArrayList<>();
        doc.path("entities").forEach(n -> entities.add(n.asText()));
        return new StoredArticle(a, doc.path("seq").asLong(), instant(text(doc, "ingested")), text(doc, "storyId"),
                ArticleKeys.contentHash(a), entities);
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
