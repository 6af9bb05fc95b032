package org.synoptic.ingest;

import java.util.List;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. The first non-empty line is the title unless it reads
 * as a sentence; that decision is left to {@link ArticleAssembler}, which sees the cleaned text.
 */
final class PlainTextReader implements ArticleReader {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        String text = decoder.decode(bytes);
        return List.of(new ArticleDraft(baseId, source, null, null, text, null, null, null, null, null));
    }
}
