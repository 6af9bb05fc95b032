package org.synoptic.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Extracts an article's body text and metadata from a web page.
 *
 * <p>Pipeline: a nesting-depth check on the raw markup (pathological nesting is rejected before jsoup spends
 * quadratic time on it); jsoup parse; metadata ({@link HtmlMetadata}) from the untouched document; our boilerplate
 * rules (scripts, navigation, header, footer, asides, forms, cookie banners, share bars, related links, comments,
 * newsletters, ads, figure captions: by element, ARIA role and class/id tokens, never an element that holds most of
 * the page's paragraph text); then the body: the page's own mark-up when it marks one article
 * ({@code [itemprop=articleBody]} or a single {@code <article>}) with at least 400 characters of text, else
 * Readability4J's main-content detection on what is left, falling back to {@code <main>} or {@code <body>} when
 * Readability finds too little; then one line per block (paragraph, list item, quote), dropping link-heavy blocks, and leaving out
 * headings (the title is metadata; sub-headings are not sentences).
 *
 * <p>The text returned is raw: {@link TextCleaner} runs after it. Stateless and thread-safe.
 */
final class HtmlExtractor {

    /** Deeper element nesting than this is rejected as pathological; real pages stay well below 100. */
    static final int MAX_DEPTH = 400;

    private static final Set<String> VOID_OR_OPTIONAL_END = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr", "param", "p", "li", "dt", "dd", "option", "tr", "td",
            "th", "!doctype", "tbody", "thead", "colgroup", "rt", "rp", "optgroup", "keygen", "basefont", "frame");
    private static final String REMOVE = "script, style, noscript, template, svg, canvas, nav, header, footer, aside, "
            + "form, iframe, button, input, select, textarea, dialog, figcaption, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[role=alertdialog], [role=search], [itemprop=comment], [rel=author], time";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_])(?:cookies?|consent|gdpr|cmp|"
            + "comments?|kommentare?|disqus|user-?posts|posts-?list|replies|discussion|forum|leserbriefe|related|recommend(?:ed|ations?)?|empfehlungen|mehr-?zum-?thema|"
            + "share|sharing|social|teilen|newsletter|subscribe|abo|paywall|promo|teaser-?list|ad|ads|advert\\w*|"
            + "anzeige|sponsor\\w*|banner|breadcrumbs?|sidebar|widget|popup|modal|overlay|toolbar|tags|"
            + "byline|author|autor|autorin|meta|credits?|caption|copyright|read-?more|also-?read|most-?read|trending|outbrain|"
            + "taboola|footer|header|nav|menu|skip)(?:$|[-_])");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(?:von|by|text:|autor(?:in)?:|author:)\\s+");
    private static final int MIN_READABILITY_CHARS = 200;
    private static final int MARKED_BODY_CHARS = 400;
    private static final int NAME_CACHE_LIMIT = 50_000;
    /** Verdicts on class and id tokens, which repeat across the pages of a site; bounded, shared, thread-safe. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> BOILERPLATE_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final String BLOCKS = "p, li, blockquote, pre, dd, dt, td, th, div, section, article, main, ul, ol, "
            + "table, tbody, tr, figure, h1, h2, h3, h4, h5, h6";
    private static final Set<String> BLOCK_NAMES = Set.of(BLOCKS.split(",\\s*"));
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    // Queries parsed once: jsoup parses a CSS query string on every select call.
    private static final Evaluator Q_TIME = QueryParser.parse("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]");
    private static final Evaluator Q_CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator Q_HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator Q_JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator Q_ARTICLE_HOLDER = QueryParser.parse("article, main, [itemprop=articleBody], h1");
    private static final Evaluator Q_LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator Q_MAIN = QueryParser.parse("main, [role=main]");
    private static final Evaluator Q_ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator Q_BYLINE = QueryParser.parse("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, "
                + ".author, .article-author, [class*=byline], [class*=author-name]");
    private static final Evaluator Q_REMOVE = QueryParser.parse(REMOVE);
    private static final Evaluator Q_BLOCKS = QueryParser.parse(BLOCKS);

    private final ObjectMapper json = JsonMapper.builder().build();

    HtmlExtractor() {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    /** The page's raw body text (blocks separated by line breaks) and metadata. */
    Page extract(String html, String baseUrl) throws InputRejectedException {
        int depth = nestingDepth(html);
        if (depth > MAX_DEPTH) {
            throw new InputRejectedException("pathological nesting: elements nested " + depth + " deep (limit "
                    + MAX_DEPTH + ")");
        }
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        HtmlMetadata metadata = metadata(doc);
        removeBoilerplate(doc);
        String text = bodyText(doc, baseUrl);
        return new Page(text, metadata);
    }

    /**
     * The text of an HTML fragment that is already an article body (a feed item's {@code content:encoded}): our
     * boilerplate rules and block lines, without main-content detection.
     */
    String fragmentText(String fragment) throws InputRejectedException {
        int depth = nestingDepth(fragment);
        if (depth > MAX_DEPTH) {
            throw new InputRejectedException("pathological nesting: elements nested " + depth + " deep (limit "
                    + MAX_DEPTH + ")");
        }
        Document doc = Jsoup.parseBodyFragment(fragment);
        removeBoilerplate(doc);
        String text = blocks(doc.body());
        return text.isBlank() ? doc.body().text() : text;
    }

    /** A page's extracted parts. */
    record Page(String text, HtmlMetadata metadata) {
    }

    /** Approximate element depth from the raw markup: start tags minus end tags, ignoring void and optional-end tags. */
    static int nestingDepth(String html) {
        int depth = 0;
        int max = 0;
        int i = html.indexOf('<');
        int n = html.length();
        String lower = null;
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '!' || html.charAt(j) == '-')) {
                j++;
            }
            if (j > nameStart) {
                String name = html.substring(nameStart, Math.min(j, nameStart + 12)).toLowerCase(Locale.ROOT);
                int close = html.indexOf('>', j);
                boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
                if (name.equals("script") || name.equals("style")) {
                    lower = lower == null ? html.toLowerCase(Locale.ROOT) : lower;
                    int end = lower.indexOf("</" + name, j);
                    i = end < 0 ? -1 : html.indexOf('<', end + 2 + name.length());
                    continue;
                }
                if (!VOID_OR_OPTIONAL_END.contains(name) && !selfClosing) {
                    depth = closing ? Math.max(0, depth - 1) : depth + 1;
                    max = Math.max(max, depth);
                }
            }
            i = html.indexOf('<', i + 1);
        }
        return max;
    }

    private HtmlMetadata metadata(Document doc) {
        java.util.Map<String, String> tags = metaTags(doc);
        java.util.function.Function<String, String> meta = name -> tags.get(name.toLowerCase(Locale.ROOT));
        JsonNode ld = newsArticleJsonLd(doc);
        String outlet = first(meta.apply("og:site_name"), ld == null ? null : text(ld.path("publisher").path("name")),
                meta.apply("application-name"));
        String title = first(ld == null ? null : text(ld.get("headline")), meta.apply("og:title"),
                meta.apply("twitter:title"), textOf(doc.selectFirst("h1")), titleWithoutSite(doc.title(), outlet));
        String author = first(ld == null ? null : authorOf(ld.get("author")), meta.apply("author"),
                notUrl(meta.apply("article:author")), byline(doc));
        Element time = doc.selectFirst(Q_TIME);
        String published = first(ld == null ? null : text(ld.get("datePublished")), meta.apply("article:published_time"),
                time == null ? null : time.attr("datetime"), meta.apply("date"), meta.apply("pubdate"),
                meta.apply("dc.date"), meta.apply("DC.date.issued"), meta.apply("parsely-pub-date"));
        Element canonical = doc.selectFirst(Q_CANONICAL);
        String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href")
                : canonical.absUrl("href"), meta.apply("og:url"), ld == null ? null : text(ld.get("url")),
                ld == null ? null : text(ld.get("mainEntityOfPage")));
        Element html = doc.selectFirst(Q_HTML_LANG);
        String locale = meta.apply("og:locale");
        String language = first(html == null ? null : html.attr("lang"),
                ld == null ? null : text(ld.get("inLanguage")), locale == null ? null : locale.replace('_', '-'));
        return new HtmlMetadata(title, outlet, author, published, url, language);
    }

    private JsonNode newsArticleJsonLd(Document doc) {
        for (Element script : doc.select(Q_JSON_LD)) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException badJsonLd) {
                // a page's broken structured data is ignored; the other sources of metadata remain
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (t.asText().matches("(?:\\w*NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle)")) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String authorOf(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String name = authorOf(a);
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isObject() ? text(author.get("name")) : text(author);
    }

    private static String byline(Document doc) {
        Element e = doc.selectFirst(Q_BYLINE);
        String s = textOf(e);
        if (s == null || s.length() > 80) {
            return null;
        }
        return BYLINE_PREFIX.matcher(s).replaceFirst("").strip();
    }

    private static void removeBoilerplate(Document doc) {
        doc.select(Q_REMOVE).remove();
        int pageText = paragraphChars(doc.body());
        List<Element> junk = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || !isBoilerplateName(e)) {
                continue;
            }
            // Never drop the element that holds the article ("page-with-sidebar" around everything).
            int chars = paragraphChars(e);
            if (e.selectFirst(Q_ARTICLE_HOLDER) != null
                    || chars * 2 > pageText && chars > 500) {
                continue;
            }
            junk.add(e);
        }
        junk.forEach(Node::remove);
        for (Element list : doc.body().select(Q_LISTS)) {
            if (linkDensity(list) > 0.5) {
                list.remove();
            }
        }
    }

    private static boolean isBoilerplateName(Element e) {
        String classes = e.className();
        if (!classes.isEmpty()) {
            for (String token : classes.split("\\s+")) {
                if (!token.isEmpty() && isBoilerplateToken(token)) {
                    return true;
                }
            }
        }
        String id = e.id();
        return !id.isEmpty() && isBoilerplateToken(id);
    }

    private static boolean isBoilerplateToken(String token) {
        Boolean known = BOILERPLATE_NAMES.get(token);
        if (known != null) {
            return known;
        }
        boolean verdict = BOILERPLATE.matcher(token).find();
        if (BOILERPLATE_NAMES.size() < NAME_CACHE_LIMIT) {
            BOILERPLATE_NAMES.put(token, verdict);
        }
        return verdict;
    }

    private static int paragraphChars(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return links / (double) all;
    }

    /**
     * The base given to Readability for a page without an address (a file, a POST body): without one it logs an
     * error for every page while making links absolute, and only the text of its output is read.
     */
    private static final String NO_BASE_URL = "https://page.invalid/";

    private static String bodyText(Document doc, String baseUrl) {
        Element marked = first(doc.selectFirst(Q_ARTICLE_BODY), doc.select("article").size() == 1
                ? doc.selectFirst("article") : null);
        Element fallback = first(marked, doc.selectFirst(Q_MAIN), doc.body());
        String own = fallback == null ? "" : blocks(fallback);
        if (marked != null && own.length() >= MARKED_BODY_CHARS) {
            // The page marks its one article and it holds a real body: Readability's scoring (the costliest step)
            // would only confirm it.
            return own;
        }
        String readable = "";
        try {
            // Readability rewrites the document it reads; ours is no longer needed once the fallback text is taken.
            Element content = new Readability4J(baseUrl == null ? NO_BASE_URL : baseUrl, doc).parse().getArticleContent();
            readable = content == null ? "" : blocks(content);
        } catch (RuntimeException readabilityFailed) {
            // Readability is a heuristic over arbitrary markup; our own extraction stands in for it
        }
        if (readable.length() >= MIN_READABILITY_CHARS && readable.length() * 2 >= own.length()) {
            return readable;
        }
        return own.length() >= readable.length() ? own : readable;
    }

    /**
     * One line per text block; headings and link-heavy blocks are left out. A block that holds other blocks
     * (a layout cell around paragraphs) gives only its own loose text, so nothing is emitted twice.
     */
    static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        Elements all = root.select(Q_BLOCKS);
        // One pass marks every element with a block below it, so the loop below stays linear.
        Set<Element> containers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element block : all) {
            for (Element p = block.parent(); p != null && containers.add(p); p = p.parent()) {
                // marking ancestors up to the first one already marked
            }
        }
        for (Element block : all) {
            if (HEADINGS.contains(block.normalName())) {
                continue;
            }
            boolean container = containers.contains(block);
            String line = container ? ownText(block) : block.text().strip();
            if (line.isEmpty() || !container && linkDensity(block) > 0.6 && line.length() < 200) {
                continue;
            }
            out.append(line).append('\n');
        }
        if (out.length() == 0 && !root.text().isBlank() && root.selectFirst(Q_BLOCKS) == null) {
            out.append(root.wholeText());
        }
        return out.toString();
    }

    /** A block's loose text: its text nodes and inline children, without its nested blocks. */
    private static String ownText(Element block) {
        StringBuilder s = new StringBuilder();
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode t) {
                s.append(t.text());
            } else if (child instanceof Element e && !BLOCK_NAMES.contains(e.normalName()) && e.selectFirst(Q_BLOCKS) == null) {
                s.append(e.text());
            }
        }
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    /** The first non-blank {@code content} of each {@code <meta>} by property, name or itemprop, lower-cased keys. */
    private static java.util.Map<String, String> metaTags(Document doc) {
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = e.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    tags.putIfAbsent(k, content);
                }
            }
        }
        return tags;
    }

    private static String titleWithoutSite(String title, String outlet) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = title.split("\\s+[|–—-]\\s+");
        if (parts.length > 1) {
            String last = parts[parts.length - 1].strip();
            if (outlet == null || last.equalsIgnoreCase(outlet) || last.length() < 30) {
                return title.substring(0, title.lastIndexOf(last)).replaceAll("\\s+[|–—-]\\s+$", "").strip();
            }
        }
        return title.strip();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("name") ? node.get("name") : node.get("@id"));
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String textOf(Element e) {
        if (e == null) {
            return null;
        }
        String s = e.text().strip();
        return s.isEmpty() ? null : s;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
