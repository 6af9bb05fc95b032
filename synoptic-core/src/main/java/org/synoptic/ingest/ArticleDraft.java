package org.synoptic.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's fields as an input gave them, before cleaning and inference. Any field but {@code source},
 * {@code id} and {@code format} may be {@code null}; at least one of {@code text} and {@code html} is set.
 *
 * @param id      the input's own id for the article, or, when {@code idGiven} is false, one made from where it
 *                stands in its input ({@code file}, {@code file-3})
 * @param format  the input format the draft came from ({@code text}, {@code html}, {@code json}, {@code jsonl},
 *                {@code feed}), recorded in {@link ArticleOrigin}
 * @param idGiven whether the input named the article ({@code "id"} of a JSON record, a feed item's GUID or link);
 *                {@link ArticleParser} may replace an id that was not given by one made from the content
 * @param canonicalUrl the canonical URL a JSON record declares ({@code "canonicalUrl"}, as {@code analyze} writes it,
 *                so a record handed on keeps it); {@code null} for other inputs, whose pages declare their own
 */
record ArticleDraft(String id, String source, String url, String title, String text, String html, String outlet,
                    String author, String published, String language, String format, boolean idGiven,
                    String canonicalUrl) {

    /** A draft of raw text and nothing else, with a positional id. */
    static ArticleDraft ofText(String id, String source, String text, String format) {
        return new ArticleDraft(id, source, null, null, text, null, null, null, null, null, format, false, null);
    }

    /** The same draft with another URL when it has none (a fetched page's address). */
    ArticleDraft withUrlIfAbsent(String fallbackUrl) {
        return url != null && !url.isBlank() ? this : new ArticleDraft(id, source, fallbackUrl, title, text, html,
                outlet, author, published, language, format, idGiven, canonicalUrl);
    }

    /** The same draft with another id, counted as given. */
    ArticleDraft withId(String newId) {
        return new ArticleDraft(newId, source, url, title, text, html, outlet, author, published, language, format,
                true, canonicalUrl);
    }

    /**
     * Twelve hex digits of the SHA-256 of the draft's URL, title, text and HTML as the input gave them: the same
     * content posted twice gets the same id.
     */
    String contentHash() {
        return hash(nullToEmpty(url) + "\n" + nullToEmpty(title) + "\n" + nullToEmpty(text) + "\n" + nullToEmpty(html));
    }

    /** Twelve hex digits of the SHA-256 of {@code key}. */
    static String hash(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
