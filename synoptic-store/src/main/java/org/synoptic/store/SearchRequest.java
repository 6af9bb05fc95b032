package org.synoptic.store;

import java.time.LocalDate;

/**
 * A search: the query text and filters. Every filter is optional ({@code null}: not filtered).
 *
 * @param query    query text in Lucene's classic syntax (terms AND-ed by default, {@code "phrases"}, {@code OR}); blank
 *                 for every article, newest first
 * @param outlet   only articles of this outlet
 * @param language only articles in this language ({@code de}, {@code en})
 * @param story    only articles of this story
 * @param entity   only articles mentioning this canonical entity name
 * @param from     only articles published on or after this day
 * @param to       only articles published on or before this day
 * @param page     1-based page number
 * @param size     hits per page, 1 to {@value #MAX_SIZE}
 */
public record SearchRequest(String query, String outlet, String language, String story, String entity,
                            LocalDate from, LocalDate to, int page, int size) {

    /** Largest page size. */
    public static final int MAX_SIZE = 100;
    /** Deepest page: paging is for reading, not for exporting the store. */
    public static final int MAX_PAGE = 100;

    public SearchRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 1.." + MAX_PAGE + ": " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: from=" + from + " to=" + to);
        }
    }

    /** A search for the query text alone, first page of 20. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, 1, 20);
    }
}
