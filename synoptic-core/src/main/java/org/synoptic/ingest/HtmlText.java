package org.synoptic.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article's body text from HTML: the paragraphs and headings of {@code <article>} (or of
 * {@code <main>}, else {@code <body>}), one per line, without scripts, navigation, headers, footers and asides.
 * Stateless and thread-safe.
 */
final class HtmlText {

    String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, figure figcaption").remove();
        Element root = contentRoot(doc);
        if (root == null) {
            return "";
        }
        Elements blocks = root.select("p, h2, h3, h4, li, blockquote");
        if (blocks.isEmpty()) {
            return root.wholeText();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(p -> p != root && blocks.contains(p))) {
                continue; // nested block: its text is part of the outer one
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static Element contentRoot(Document doc) {
        Element article = doc.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = doc.selectFirst("main");
        return main != null ? main : doc.body();
    }
}
