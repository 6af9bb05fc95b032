package org.synoptic.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the shared page frame of the web UI. Stateless. */
final class Html {

    static final String CSS = """
            body{font:16px/1.5 Georgia,serif;margin:0;background:#f6f5f1;color:#1d1d1b}
            nav.top{font:15px system-ui,sans-serif;background:#1d1d1b;color:#fff;padding:.5rem 1.5rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
            nav.top a{color:#fff;text-decoration:none;font-weight:600}nav.top form{margin-left:auto}
            nav.top input[type=search]{padding:.25rem .5rem;border-radius:4px;border:0;min-width:16rem}
            main{max-width:980px;margin:0 auto;padding:1.5rem}
            .meta,.facets,.pager,.notice{font-family:system-ui,sans-serif}.meta{color:#555;font-size:.85rem}
            ol.stories{list-style:none;padding:0}ol.stories li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.7rem 1rem;margin:.6rem 0}
            ol.stories a{font-size:1.2rem;color:#1d1d1b;text-decoration:none;font-weight:600}ol.stories a:hover{text-decoration:underline}
            .layout{display:grid;grid-template-columns:1fr 15rem;gap:1.5rem}@media(max-width:720px){.layout{grid-template-columns:1fr}}
            .hit{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:.6rem 0}.hit a{font-weight:600;color:#1d1d1b}
            .facets h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;margin:1rem 0 .3rem}.facets ul{list-style:none;padding:0;margin:0;font-size:.85rem}
            .facets a{color:#2f5f8a;text-decoration:none}.active{background:#fff3c4;border-radius:3px;padding:0 .3rem}
            .notice{background:#fff3c4;border:1px solid #e0c66a;border-radius:6px;padding:.4rem .8rem;font-size:.85rem}
            .pager a{margin-right:1rem}.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem}
            mark{background:#fff3c4}
            ol.stories p.lead{margin:.2rem 0;color:#333}.growing{font:600 .7rem system-ui,sans-serif;background:#2f7d32;color:#fff;border-radius:1rem;padding:.05rem .5rem;vertical-align:3px}
            .similar{position:relative}.similar .tag{font:.7rem system-ui,sans-serif;color:#555;text-transform:uppercase;letter-spacing:.05em}.similar .tag.same{color:#2f7d32;font-weight:600}
            """;

    private Html() {
    }

    /**
     * Escapes text for HTML and XML element content and attribute values, dropping the characters XML 1.0 forbids
     * (ingest strips them already; this keeps a feed valid for articles stored before it did).
     */
    static String esc(String text) {
        return org.synoptic.digest.render.HtmlEscaper.escape(org.synoptic.ingest.XmlChars.strip(text));
    }

    /** Encodes a value for a URL path segment or query parameter. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The navigation bar with the search box. */
    static String nav(String query) {
        return "<nav class=\"top\"><a href=\"/\">Synoptic</a><a href=\"/\">Geschichten</a><a href=\"/search\">Suche</a><a href=\"/feeds\">Feeds</a>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\""
                + esc(query) + "\" placeholder=\"Suchen: Personen, Orte, Themen …\" aria-label=\"Suche\"></form></nav>\n";
    }

    /** A whole page: the frame around {@code body}, which must already be escaped HTML. */
    static String page(String title, String query, String body) {
        return "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " · Synoptic</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Synoptic\" href=\"/feeds/stories.atom\">\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n" + nav(query) + "<main>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
