package org.synoptic.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Feed documents for tests: RSS 2.0, RSS 1.0 (RDF) and Atom, built from items. */
final class FeedXml {

    /** One item: GUID (or {@code null}), link, title, text, publication time. */
    record Item(String guid, String link, String title, String text, Instant published) {
    }

    private FeedXml() {
    }

    static String rss(String title, List<Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(esc(title)).append("</title><link>https://example.org/").append(esc(title))
                .append("</link><language>de</language>\n");
        for (Item i : items) {
            x.append("<item>");
            if (i.guid() != null) {
                x.append("<guid isPermaLink=\"false\">").append(esc(i.guid())).append("</guid>");
            }
            x.append("<link>").append(esc(i.link())).append("</link><title>").append(esc(i.title()))
                    .append("</title><description>").append(esc(i.text())).append("</description><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(i.published().atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        return x.append("</channel></rss>\n").toString();
    }

    static String atom(String title, List<Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(esc(title)).append("</title><id>urn:test:").append(esc(title)).append("</id><updated>2024-01-01T00:00:00Z</updated>\n");
        for (Item i : items) {
            x.append("<entry><id>").append(esc(i.guid())).append("</id><link href=\"").append(esc(i.link()))
                    .append("\"/><title>").append(esc(i.title())).append("</title><summary>").append(esc(i.text()))
                    .append("</summary><updated>").append(i.published()).append("</updated></entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    static String rdf(String title, List<Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel rdf:about=\"https://example.org/")
                .append(esc(title)).append("\"><title>").append(esc(title)).append("</title><link>https://example.org/")
                .append(esc(title)).append("</link><description>test</description></channel>\n");
        for (Item i : items) {
            x.append("<item rdf:about=\"").append(esc(i.link())).append("\"><title>").append(esc(i.title()))
                    .append("</title><link>").append(esc(i.link())).append("</link><description>").append(esc(i.text()))
                    .append("</description><dc:date>").append(i.published()).append("</dc:date></item>\n");
        }
        return x.append("</rdf:RDF>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
