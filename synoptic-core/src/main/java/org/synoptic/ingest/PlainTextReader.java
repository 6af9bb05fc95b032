package org.synoptic.ingest;

import java.util.List;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. The first non-empty line is the title unless it reads
 * as a sentence; that decision is left to {@link ArticleAssembler}, which sees the cleaned text.
 *
 * <p>Rejects a file whose longest line exceeds {@link #MAX_LINE_CHARS}: no article has a paragraph that long, and
 * such files are dumps, minified data or attacks on line-based tools.
 */
final class PlainTextReader implements ArticleReader {

    /** The longest line a text article may have, in characters. */
    static final int MAX_LINE_CHARS = 100_000;

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        String text = decoder.decode(bytes);
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line = c == '\n' || c == '\r' ? 0 : line + 1;
            if (line > MAX_LINE_CHARS) {
                throw new InputRejectedException("a single gigantic line (over " + MAX_LINE_CHARS
                        + " characters without a line break)");
            }
        }
        return List.of(ArticleDraft.ofText(baseId, source, text, "text"));
    }
}
