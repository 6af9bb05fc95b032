package org.synoptic.store;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the facet counts over all matching articles.
 *
 * @param total  how many articles match
 * @param page   the page returned, 1-based
 * @param size   the page size asked for
 * @param hits   the hits of this page, best first
 * @param facets per dimension ({@code outlet, language, story, entity}) the top values with their counts, most first
 * @param suggestion a query that the index's terms suggest ("did you mean"): each term the index lacks replaced by the
 *                   closest one it holds; {@code null} when the query found what it asked for or nothing is closer
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                           String suggestion) {

    /** A result without a suggestion. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
        this(total, page, size, hits, facets, null);
    }

    public SearchResult {
        hits = List.copyOf(hits);
        // keeps the dimensions' order (outlet, language, story, entity) and each dimension's order (most first)
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /**
     * One matching article.
     *
     * @param article   the article id
     * @param story     its story id
     * @param title     its title, or {@code null}
     * @param snippet   the best passages of its text as HTML: text escaped, matches in {@code <mark>}; the start of the
     *                  text (escaped) when no passage matches
     * @param outlet    its outlet, or {@code null}
     * @param published its publication date, or {@code null}
     * @param language  its language
     */
    public record Hit(String article, String story, String title, String snippet, String outlet, String published,
                      String language) {
    }
}
