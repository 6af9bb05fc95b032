package org.synoptic.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page as one article: title and metadata from {@code og:}/{@code article:} meta tags and
 * {@code <title>}, the HTML itself passed on for text extraction by {@link HtmlText}.
 */
final class HtmlReader implements ArticleReader {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        String html = decoder.decode(bytes);
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        String outlet = meta(doc, "og:site_name");
        String published = meta(doc, "article:published_time");
        String author = meta(doc, "author");
        String url = firstNonBlank(meta(doc, "og:url"), linkCanonical(doc));
        String language = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        return List.of(new ArticleDraft(baseId, source, url, title, null, html, outlet, author, published, language));
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }

    private static String linkCanonical(Document doc) {
        Element e = doc.selectFirst("link[rel=canonical]");
        return e == null ? null : e.attr("href");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null || b.isBlank() ? null : b.strip();
    }
}
