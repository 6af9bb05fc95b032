package org.synoptic.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;
import org.synoptic.model.Article;

/**
 * How the store recognises an article it already holds, and names a new one: its content key, its URL key and a
 * free id. Stateless. Public so that the stream job ({@code synoptic-stream}) deduplicates and names articles by the
 * same rules.
 */
public final class ArticleKeys {

    private ArticleKeys() {
    }

    /** The content key of an article: SHA-256 of its title and text, case and spacing normalised. */
    public static String contentHash(Article article) {
        String normal = ((article.title() == null ? "" : article.title()) + "\n" + article.text())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The URL key of an article: scheme and host lower-cased, without fragment and trailing slash; null if none. */
    public static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() != null && uri.getHost() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // not a URI we can normalise: compare it as given
        }
        return trimmed;
    }

    /** The article under its own id when that is free, else under the id with {@code -2}, {@code -3} … appended. */
    public static Article uniqueId(Article article, Predicate<String> taken) {
        if (!taken.test(article.id())) {
            return article;
        }
        for (int n = 2; ; n++) {
            String id = article.id() + "-" + n;
            if (!taken.test(id)) {
                return article.withId(id);
            }
        }
    }
}
