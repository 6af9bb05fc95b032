package org.synoptic.ingest;

import java.util.List;

/**
 * Reads a web page as one article. The charset comes from a byte-order mark, the HTTP header (for fetched pages)
 * or {@code <meta charset>}; text extraction and metadata are {@link HtmlExtractor}'s, run by
 * {@link ArticleAssembler} like for the {@code html} field of JSON input.
 */
final class HtmlReader implements ArticleReader {

    private final TextDecoder decoder = new TextDecoder();
    private final String declaredCharset;
    private final String url;

    HtmlReader() {
        this(null, null);
    }

    /** A reader for a fetched page: the charset from its {@code Content-Type}, its final URL. */
    HtmlReader(String declaredCharset, String url) {
        this.declaredCharset = declaredCharset;
        this.url = url;
    }

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        String html = decoder.decodeHtml(bytes, declaredCharset);
        return List.of(new ArticleDraft(baseId, source, url, null, null, html, null, null, null, null, "html", false, null));
    }
}
