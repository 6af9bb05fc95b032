package org.synoptic.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.render.HtmlEscaper;
import org.synoptic.store.SearchRequest;
import org.synoptic.store.SearchResult;

/**
 * Search, facets, snippets and "more like this" over the articles index, answering as the Lucene store's searcher
 * does: the query in Lucene's classic syntax (OpenSearch's {@code query_string}), terms AND-ed, over titles (boosted),
 * texts in their standard, German and English fields and the entity names with their spelling variants (ASCII-folded,
 * boosted as the store boosts them); snippets escaped HTML with the matches in {@code <mark>}; facets {@code outlet},
 * {@code language}, {@code story}, {@code entity} (top 10 values). The entity facet and filter use the {@code entity}
 * keyword the deep tier writes after each digest ({@link ArticleDocument#entities}): an article has entities once its
 * story has a digest (stories of two or more reports), as in the store.
 *
 * <p>A query of plain words that finds nothing gets a "did you mean" suggestion ({@link #suggestion}), as in the
 * store; the store suggests from titles, texts and entity names folded, this from the texts lower-cased. A missing
 * index (the job has not written yet) searches as empty. Thread-safe.
 */
final class OpenSearchSearcher {

    private static final List<String> QUERY_FIELDS = List.of("title^2", "title.de^2", "title.en^2", "text", "text.de",
            "text.en", "entities^1.5");
    private static final List<String> SNIPPET_FIELDS = List.of("text.de", "text.en", "text");
    private static final int FACET_VALUES = 10;
    private static final int SNIPPET_FALLBACK_CHARS = 220;
    private static final String HIT_FIELDS = "id,storyId,title,outlet,published,language,text";

    private final OpenSearchHttp http;
    private final OpenSearchIndices indices;

    OpenSearchSearcher(OpenSearchHttp http, OpenSearchIndices indices) {
        this.http = http;
        this.indices = indices;
    }

    SearchResult search(SearchRequest request) throws IOException {
        boolean ranked = request.query() != null && !request.query().isBlank();
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("from", (request.page() - 1) * request.size());
        body.put("size", request.size());
        body.put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (ranked) {
            bool.putArray("must").add(queryString(request.query()));
        } else {
            bool.putArray("must").addObject().putObject("match_all");
            body.putArray("sort").addObject().putObject("seq").put("order", "desc");
        }
        ArrayNode filter = bool.putArray("filter");
        term(filter, "outlet", request.outlet());
        term(filter, "language", request.language());
        term(filter, "storyId", request.story());
        term(filter, "entity", request.entity());
        if (request.from() != null || request.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("published");
            if (request.from() != null) {
                range.put("gte", request.from().toString());
            }
            if (request.to() != null) {
                range.put("lte", request.to().toString());
            }
            range.put("format", "strict_date");
        }
        ObjectNode aggs = body.putObject("aggs");
        facet(aggs, "outlet", "outlet");
        facet(aggs, "language", "language");
        facet(aggs, "story", "storyId");
        facet(aggs, "entity", "entity");
        if (ranked) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add("<mark>");
            highlight.putArray("post_tags").add("</mark>");
            highlight.put("encoder", "html");
            ObjectNode fields = highlight.putObject("fields");
            for (String f : SNIPPET_FIELDS) {
                fields.putObject(f).put("number_of_fragments", 2).put("fragment_size", 160);
            }
        }
        JsonNode answer = http.post("/" + indices.articles() + "/_search?ignore_unavailable=true&_source_includes="
                + HIT_FIELDS, body);
        if (answer == null) {
            return new SearchResult(0, request.page(), request.size(), List.of(), emptyFacets());
        }
        List<SearchResult.Hit> hits = hits(answer);
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dim : List.of("outlet", "language", "story", "entity")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            answer.path("aggregations").path(dim).path("buckets")
                    .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asInt()));
            facets.put(dim, counts);
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        return new SearchResult(total, request.page(), request.size(), hits, facets,
                ranked && total == 0 ? suggestion(request.query()) : null);
    }

    /**
     * "Did you mean", as the Lucene store answers it: for a query of plain words that found nothing, each word the
     * texts lack replaced by the closest term they hold (OpenSearch's term suggester on {@code text}, standard
     * analysis: lower-cased; up to two edits, the best scored, then the most frequent), or {@code null} when the query
     * has syntax, a word is more than one token, or no word has a closer term.
     */
    private String suggestion(String query) throws IOException {
        String[] words = query.strip().split("\\s+");
        for (String word : words) {
            if (word.isEmpty() || !word.chars().allMatch(Character::isLetterOrDigit)) {
                return null;
            }
        }
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", 0);
        ObjectNode suggest = body.putObject("suggest");
        suggest.put("text", String.join(" ", words));
        suggest.putObject("words").putObject("term").put("field", "text").put("suggest_mode", "missing")
                .put("max_edits", 2);
        JsonNode answer = http.post("/" + indices.articles() + "/_search?ignore_unavailable=true", body);
        JsonNode entries = answer == null ? null : answer.path("suggest").path("words");
        if (entries == null || entries.size() != words.length) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (JsonNode entry : entries) {
            JsonNode best = entry.path("options").path(0);
            if (best.isMissingNode()) {
                out.add(entry.path("text").asText());
            } else {
                out.add(best.path("text").asText());
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    /** The stories of the best {@code max} articles matching the query, best first. */
    Set<String> storiesMatching(String query, int max) throws IOException {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", max);
        body.set("query", queryString(query));
        JsonNode answer = http.post("/" + indices.articles() + "/_search?ignore_unavailable=true&_source_includes=storyId",
                body);
        Set<String> stories = new LinkedHashSet<>();
        if (answer != null) {
            answer.path("hits").path("hits").forEach(h -> stories.add(h.path("_source").path("storyId").asText()));
        }
        return stories;
    }

    /** Up to {@code n} articles most like the article {@code id} in {@code language}, by its title and text's terms. */
    List<SearchResult.Hit> similar(String id, String language, int n) throws IOException {
        String lang = "de".equals(language) || "en".equals(language) ? "." + language : "";
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", n);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode mlt = bool.putArray("must").addObject().putObject("more_like_this");
        mlt.putArray("fields").add("title" + lang).add("text" + lang);
        mlt.putArray("like").addObject().put("_index", indices.articles()).put("_id", id);
        mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 30);
        bool.putArray("must_not").addObject().putObject("ids").putArray("values").add(id);
        JsonNode answer = http.post("/" + indices.articles() + "/_search?ignore_unavailable=true&_source_includes="
                + HIT_FIELDS, body);
        return answer == null ? List.of() : hits(answer);
    }

    private static ObjectNode queryString(String query) {
        ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode qs = q.putObject("query_string");
        qs.put("query", query);
        qs.put("default_operator", "AND");
        qs.put("allow_leading_wildcard", false);
        ArrayNode fields = qs.putArray("fields");
        QUERY_FIELDS.forEach(fields::add);
        return q;
    }

    private static void term(ArrayNode filter, String field, String value) {
        if (value != null && !value.isBlank()) {
            filter.addObject().putObject("term").put(field, value);
        }
    }

    private static void facet(ObjectNode aggs, String name, String field) {
        aggs.putObject(name).putObject("terms").put("field", field).put("size", FACET_VALUES);
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dim : List.of("outlet", "language", "story", "entity")) {
            facets.put(dim, Map.of());
        }
        return facets;
    }

    private static List<SearchResult.Hit> hits(JsonNode answer) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode h : answer.path("hits").path("hits")) {
            JsonNode s = h.path("_source");
            String snippet = null;
            for (String f : SNIPPET_FIELDS) {
                JsonNode fragments = h.path("highlight").path(f);
                if (snippet == null && fragments.isArray() && !fragments.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    fragments.forEach(x -> parts.add(x.asText()));
                    snippet = String.join(" … ", parts);
                }
            }
            if (snippet == null) {
                String text = ArticleDocument.text(s, "text");
                text = text == null ? "" : text;
                snippet = HtmlEscaper.escape(text.length() <= SNIPPET_FALLBACK_CHARS ? text
                        : text.substring(0, SNIPPET_FALLBACK_CHARS) + " …");
            }
            hits.add(new SearchResult.Hit(h.path("_id").asText(), ArticleDocument.text(s, "storyId"),
                    ArticleDocument.text(s, "title"), snippet, ArticleDocument.text(s, "outlet"),
                    ArticleDocument.text(s, "published"), ArticleDocument.text(s, "language")));
        }
        return hits;
    }
}
