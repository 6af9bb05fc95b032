package org.synoptic.ingest;

import java.util.List;

/**
 * Reads the articles of one input file of one format.
 *
 * <p>Implementations are stateless and thread-safe. A whole-file problem throws {@link InputRejectedException}; a
 * problem with one part of a multi-article file (one bad JSON line) is reported through {@code problems} and the
 * other parts are still read.
 */
interface ArticleReader {

    /**
     * Reads the articles in {@code bytes}.
     *
     * @param source   the input as the user named it; article sources are derived from it
     * @param baseId   the id for an article that brings none (the file name without extension)
     * @param bytes    the file's content
     * @param problems receives the outcome of each rejected part
     */
    List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException;
}
