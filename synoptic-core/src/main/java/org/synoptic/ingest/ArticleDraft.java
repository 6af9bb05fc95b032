package org.synoptic.ingest;

/**
 * An article's fields as an input gave them, before cleaning and inference. Any field but {@code source},
 * {@code id} and {@code format} may be {@code null}; at least one of {@code text} and {@code html} is set.
 *
 * @param format the input format the draft came from ({@code text}, {@code html}, {@code json}, {@code jsonl},
 *               {@code feed}), recorded in {@link ArticleOrigin}
 */
record ArticleDraft(String id, String source, String url, String title, String text, String html, String outlet,
                    String author, String published, String language, String format) {

    /** A draft of raw text and nothing else. */
    static ArticleDraft ofText(String id, String source, String text, String format) {
        return new ArticleDraft(id, source, null, null, text, null, null, null, null, null, format);
    }

    /** The same draft with another URL when it has none (a fetched page's address). */
    ArticleDraft withUrlIfAbsent(String fallbackUrl) {
        return url != null && !url.isBlank() ? this
                : new ArticleDraft(id, source, fallbackUrl, title, text, html, outlet, author, published, language, format);
    }
}
