package org.synoptic.digest.render;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigest.ArticleRef;

/**
 * How a story's reports are named to a reader: by outlet, never by a bare number or a "?".
 *
 * <p>A report's short name is its outlet; else the host of its URL ({@code www.} and the top-level domain dropped:
 * "stadtfunk24" for {@code https://stadtfunk24.example/…}); else the file name it was read from. Two reports of one
 * name in a story are told apart by their number ("Nordpress 2"). Immutable once built; thread-safe.
 */
final class ReportNames {

    private final Map<String, ArticleRef> byId = new LinkedHashMap<>();
    private final Map<String, String> shortNames = new HashMap<>();
    private final Labels labels;

    ReportNames(StoryDigest digest, Labels labels) {
        this.labels = labels;
        Map<String, Integer> seen = new HashMap<>();
        for (ArticleRef a : digest.articles()) {
            byId.put(a.id(), a);
            seen.merge(baseName(a), 1, Integer::sum);
        }
        Map<String, Integer> numbered = new HashMap<>();
        for (ArticleRef a : digest.articles()) {
            String base = baseName(a);
            shortNames.put(a.id(), seen.get(base) > 1 ? base + " " + numbered.merge(base, 1, Integer::sum) : base);
        }
    }

    /** The report's short name, unique within the story. */
    String shortName(String articleId) {
        String name = shortNames.get(articleId);
        if (name == null) {
            throw new IllegalArgumentException("article not in story: " + articleId);
        }
        return name;
    }

    /** The outlet a reader recognises without the number: the outlet, the URL's host or the file name. */
    String outlet(String articleId) {
        return baseName(byId.get(articleId));
    }

    /** What a reader sees on hover or focus: the report's title and its local publication time. */
    String title(String articleId) {
        ArticleRef a = byId.get(articleId);
        String title = a.title() == null ? a.id() : a.title();
        return a.published() == null ? title : title + " · " + labels.date(a.published());
    }

    /** The address of the original report (http or https only), or {@code null}. */
    String originalUrl(String articleId) {
        ArticleRef a = byId.get(articleId);
        for (String u : new String[] {a.url(), a.canonicalUrl()}) {
            if (u != null && (u.startsWith("https://") || u.startsWith("http://"))) {
                return u;
            }
        }
        return null;
    }

    /** A name in a fact's {@code sources}: an article id there (an unknown outlet) becomes the report's short name. */
    String sourceName(String name) {
        return byId.containsKey(name) ? shortName(name) : name;
    }

    /** The story's articles in story order. */
    List<ArticleRef> articles() {
        return List.copyOf(byId.values());
    }

    ArticleRef article(String id) {
        return byId.get(id);
    }

    private static String baseName(ArticleRef a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return a.outlet().strip();
        }
        for (String u : new String[] {a.url(), a.canonicalUrl(), a.source()}) {
            String host = host(u);
            if (host != null) {
                return host;
            }
        }
        String file = a.source().replaceFirst("(#|:)\\d+$", "");
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        file = file.replaceFirst("\\.(txt|html?|json|jsonl|xml|rss|atom)$", "");
        return file.isBlank() ? a.id() : file;
    }

    /** A URL's host without {@code www.} and its top-level domain, or {@code null} for no http(s) URL. */
    static String host(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            int dot = host.lastIndexOf('.');
            return dot > 0 ? host.substring(0, dot) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
