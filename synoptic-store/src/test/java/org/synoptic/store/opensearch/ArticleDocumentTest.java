package org.synoptic.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.digest.StoryDigest;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleKeys;
import org.synoptic.store.StoredArticle;

/**
 * The article document the job writes and the server reads: a round trip keeps every field, the stored view has the
 * story, arrival, indexing time and the store's content hash; every field the document has is in the articles
 * template (its mapping is strict, so a field missing there would be refused by OpenSearch); the entity fields the
 * deep tier adds hold the digest's entities of that article only, name first with its variants, and are mapped too.
 */
class ArticleDocumentTest {

    private static final Article ARTICLE = new Article("a1", "feed.xml", "https://example.org/a1", "Brücke gesperrt",
            "Die Kranhöftbrücke ist gesperrt worden, teilte der Senat mit.", "Elbwacht", "J. Ohlsen", "2025-03-03", "de",
            new LinkedHashSet<>(List.of("published")), "https://example.org/a1?c");

    @Test
    void aRoundTripKeepsTheArticleAndItsPlace() {
        Instant at = Instant.parse("2026-12-05T08:00:00Z");
        ObjectNode doc = ArticleDocument.of(ARTICLE, "s1", 7, at);
        assertThat(ArticleDocument.article(doc)).isEqualTo(ARTICLE);
        StoredArticle stored = ArticleDocument.stored(doc);
        assertThat(stored.storyId()).isEqualTo("s1");
        assertThat(stored.seq()).isEqualTo(7);
        assertThat(stored.ingested()).isEqualTo(at);
        assertThat(stored.contentHash()).isEqualTo(ArticleKeys.contentHash(ARTICLE));
        assertThat(stored.entities()).isEmpty();
    }

    @Test
    void everyFieldOfTheDocumentIsMapped() throws Exception {
        JsonNode template = OpenSearchHttp.JSON.readTree(new OpenSearchIndices("http://localhost:9200", "x").template("articles"));
        JsonNode properties = template.path("template").path("mappings").path("properties");
        Set<String> fields = new LinkedHashSet<>();
        ArticleDocument.of(ARTICLE, "s1", 0, Instant.EPOCH).fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            assertThat(properties.has(field)).as("field %s in articles-template.json", field).isTrue();
        }
        assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("x-articles");
    }

    @Test
    void theEntityFieldsHoldTheDigestsEntitiesOfThatArticle() throws Exception {
        StoryDigest digest = new StoryDigest("s1", "Brücke gesperrt", "de", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(
                        new StoryDigest.EntityEntry("Sergei Schoigu", "PERSON", List.of("Shoigu", "Schoigu"),
                                List.of("a1", "a2"), 3),
                        new StoryDigest.EntityEntry("Hamburg", "LOCATION", List.of(), List.of("a2"), 1),
                        new StoryDigest.EntityEntry("Sergei Schoigu", "ORGANIZATION", List.of(), List.of("a1"), 1)),
                List.of());
        ObjectNode a1 = ArticleDocument.entities(digest, "a1");
        assertThat(a1.get("entities")).extracting(JsonNode::asText)
                .containsExactly("Sergei Schoigu | Shoigu | Schoigu", "Sergei Schoigu");
        assertThat(a1.get("entity")).extracting(JsonNode::asText).containsExactly("Sergei Schoigu");
        assertThat(ArticleDocument.entities(digest, "a2").get("entity")).extracting(JsonNode::asText)
                .containsExactly("Sergei Schoigu", "Hamburg");
        ObjectNode none = ArticleDocument.entities(digest, "a3");
        assertThat(none.get("entities")).isEmpty();
        assertThat(none.get("entity")).isEmpty();

        ObjectNode doc = ArticleDocument.of(ARTICLE, "s1", 7, Instant.EPOCH);
        doc.setAll(a1);
        assertThat(ArticleDocument.stored(doc).entities()).containsExactly("Sergei Schoigu | Shoigu | Schoigu",
                "Sergei Schoigu");
        JsonNode properties = OpenSearchHttp.JSON.readTree(new OpenSearchIndices("http://localhost:9200", "x")
                .template("articles")).path("template").path("mappings").path("properties");
        a1.fieldNames().forEachRemaining(f -> assertThat(properties.has(f)).as("field %s mapped", f).isTrue());
    }

    @Test
    void templatesAreJsonWithThePrefixAndBadPrefixesFail() throws Exception {
        OpenSearchIndices indices = new OpenSearchIndices("http://localhost:9200/", "news_1");
        assertThat(indices.url()).isEqualTo("http://localhost:9200");
        for (String name : OpenSearchIndices.TEMPLATES) {
            String text = indices.template(name);
            assertThat(text).doesNotContain("${prefix}");
            assertThat(OpenSearchHttp.JSON.readTree(text).path("index_patterns").get(0).asText()).isEqualTo("news_1-" + name);
        }
        assertThatThrownBy(() -> new OpenSearchIndices("http://localhost:9200", "News")).hasMessageContaining("News");
        assertThatThrownBy(() -> new OpenSearchIndices("localhost:9200", "x")).hasMessageContaining("localhost:9200");
        assertThatThrownBy(() -> indices.template("quotes")).hasMessageContaining("quotes");
    }
}
