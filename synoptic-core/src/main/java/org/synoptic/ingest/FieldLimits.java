package org.synoptic.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.synoptic.model.Article;

/**
 * The limits every stored article's fields keep, checked at ingest (an article over one is rejected with the field,
 * its size and the limit) and again by the store before its index sees the article, so a batch is refused whole
 * before anything of it is written.
 *
 * <p>Design decision: the limits are far below what the index refuses (a term of 32,766 UTF-8 bytes, a facet path of
 * 8,191 characters), so a field that passes here is always indexable, and round enough to state in the docs. No real
 * id, outlet or author comes near them.
 *
 * <p>Stateless and thread-safe.
 */
public final class FieldLimits {

    /** Longest article id, in characters (the store appends {@code -n} to keep ids unique). */
    public static final int MAX_ID_CHARS = 512;
    /** Longest outlet, author or published value, in characters. */
    public static final int MAX_NAME_CHARS = 1024;
    /** Longest URL, in characters. */
    public static final int MAX_URL_CHARS = 8192;
    /** Longest title, in characters. */
    public static final int MAX_TITLE_CHARS = 4096;
    /** Shortest text, in characters after cleaning: a shorter one is no report. */
    public static final int MIN_TEXT_CHARS = 10;

    /** {@code und}, or an ISO 639-1/639-3 code with optional subtags ({@code de}, {@code de-AT}, {@code gsw}). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}");

    private FieldLimits() {
    }

    /** Whether {@code code} is a language code the store accepts ({@code und} included). */
    public static boolean isLanguageCode(String code) {
        return code != null && code.length() <= 35 && LANGUAGE.matcher(code).matches();
    }

    /**
     * The first limit the article breaks, as a message naming the field, its size and the limit
     * ({@code outlet is 9000 characters; the limit is 1024}); empty when it keeps them all.
     */
    public static Optional<String> problem(Article a) {
        if (a.id().isBlank()) {
            return Optional.of("id is blank");
        }
        String p = tooLong("id", a.id(), MAX_ID_CHARS);
        if (p == null && a.id().getBytes(StandardCharsets.UTF_8).length > 4 * MAX_ID_CHARS) {
            p = "id is over " + 4 * MAX_ID_CHARS + " UTF-8 bytes";
        }
        p = p != null ? p : tooLong("url", a.url(), MAX_URL_CHARS);
        p = p != null ? p : tooLong("canonicalUrl", a.canonicalUrl(), MAX_URL_CHARS);
        p = p != null ? p : tooLong("title", a.title(), MAX_TITLE_CHARS);
        p = p != null ? p : tooLong("outlet", a.outlet(), MAX_NAME_CHARS);
        p = p != null ? p : tooLong("author", a.author(), MAX_NAME_CHARS);
        p = p != null ? p : tooLong("published", a.published(), MAX_NAME_CHARS);
        if (p == null && !isLanguageCode(a.language())) {
            p = "language is not a language code such as \"de\" or \"en\": \"" + shorten(a.language()) + "\"";
        }
        if (p == null && a.text().strip().length() < MIN_TEXT_CHARS) {
            p = "text is " + a.text().strip().length() + " characters; the minimum is " + MIN_TEXT_CHARS;
        }
        return Optional.ofNullable(p);
    }

    private static String tooLong(String field, String value, int limit) {
        return value != null && value.length() > limit
                ? field + " is " + value.length() + " characters; the limit is " + limit : null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
