package org.synoptic.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.synoptic.model.Article;

/** Reads an article back from its document in the articles index ({@link ArticleIndexer#document}). */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Article article(JsonNode doc) {
        Set<String> inferred = new LinkedHashSet<>();
        doc.path("inferred").forEach(n -> inferred.add(n.asText()));
        return new Article(text(doc, "id"), text(doc, "source"), text(doc, "url"), text(doc, "title"),
                text(doc, "text"), text(doc, "outlet"), text(doc, "author"), text(doc, "published"),
                text(doc, "language"), inferred, text(doc, "canonicalUrl"));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
