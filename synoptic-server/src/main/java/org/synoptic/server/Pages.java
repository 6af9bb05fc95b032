package org.synoptic.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import org.synoptic.digest.render.HtmlDigestWriter;
import org.synoptic.digest.render.Labels;
import org.synoptic.store.SearchRequest;
import org.synoptic.store.SearchResult;
import org.synoptic.store.StoredArticle;
import org.synoptic.store.StoryRepository;
import org.synoptic.store.StorySummary;
import org.synoptic.store.VersionedDigest;

/**
 * The web UI's pages, rendered on the server: the story list, a story's digest, an article, and search with facets.
 * All article text is escaped; search snippets come escaped from the store with matches in {@code <mark>}. No
 * scripts: citations name their outlet and link to the evidence marks, highlighted by CSS {@code :target} and, for the
 * fact or quote in focus, {@code :has(:focus-within)} (see {@code HtmlDigestWriter}). Counts, dates and language names
 * come from the German {@link Labels}.
 *
 * <p>Thread-safe.
 */
final class Pages {

    private static final String NAV_CSS = "nav.top{font:15px system-ui,sans-serif;background:#1d1d1b;color:#fff;"
            + "padding:.5rem 1.5rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}"
            + "nav.top a{color:#fff;text-decoration:none;font-weight:600}nav.top form{margin-left:auto}"
            + "nav.top input[type=search]{padding:.25rem .5rem;border-radius:4px;border:0;min-width:16rem}"
            + ".notice{font:.85rem system-ui,sans-serif;background:#fff3c4;border:1px solid #e0c66a;border-radius:6px;padding:.4rem .8rem}"
            + "mark:target{scroll-margin-top:30vh}\n";
    private static final Map<String, String> FACET_NAMES = Map.of(
            "outlet", "Medium", "language", "Sprache", "story", "Geschichte", "entity", "Personen, Orte, Organisationen");

    /** The web UI is German; its counted words, dates and language names come from the German labels. */
    private static final Labels LABELS = Labels.of("de");
    private static final Duration GROWING = Duration.ofHours(24);
    private static final int SIMILAR_SHOWN = 6;

    private final StoryRepository store;
    private final Duration requestBudget;
    private final HtmlDigestWriter digestWriter = new HtmlDigestWriter();

    /** @param requestBudget how long a story page waits for a digest not stored yet ({@link StoryRepository#digest(String, Duration)}) */
    Pages(StoryRepository store, Duration requestBudget) {
        this.store = store;
        this.requestBudget = requestBudget;
    }

    void storyList(Context ctx) {
        int page = QueryParams.intParam(ctx, "page", 1, 1, 10_000);
        List<StorySummary> stories = store.stories();
        int from = Math.min(stories.size(), (page - 1) * SynopticServer.STORIES_PER_PAGE);
        int to = Math.min(stories.size(), from + SynopticServer.STORIES_PER_PAGE);
        StringBuilder b = new StringBuilder("<h1>Geschichten</h1>\n<p class=\"meta\">")
                .append(store.storyCount() == 1 ? "1 Geschichte" : store.storyCount() + " Geschichten").append(" aus ")
                .append(LABELS.count("reports", store.articleCount()).replace("Berichte", "Berichten"))
                .append(" · neueste und wachsende zuerst</p>\n<ol class=\"stories\">\n");
        Instant now = Instant.now();
        for (StorySummary s : stories.subList(from, to)) {
            StoryListing listing = StoryListing.of(s, store.storedDigest(s.id()).map(VersionedDigest::digest).orElse(null));
            boolean growing = s.articles() > 1 && s.updated().isAfter(now.minus(GROWING));
            b.append("<li><a href=\"/stories/").append(Html.esc(Html.url(s.id()))).append("\">").append(Html.esc(s.headline()))
                    .append("</a>");
            if (growing) {
                b.append(" <span class=\"growing\" title=\"neuer Bericht in den letzten 24 Stunden\">wächst</span>");
            }
            if (listing.lead() != null) {
                b.append("\n<p class=\"lead\">").append(Html.esc(listing.lead())).append("</p>");
            }
            b.append("\n<div class=\"meta\">").append(LABELS.count("reports", s.articles()))
                    .append(" · ").append(LABELS.count("sources", s.independentSources()))
                    .append(" · ").append(Html.esc(String.join(", ", listing.outlets())))
                    .append(" · ").append(Html.esc(String.join(", ", listing.languages().stream().map(LABELS::languageName).toList())));
            if (s.latestPublished() != null) {
                b.append(" · neuester Bericht <time datetime=\"").append(Html.esc(s.latestPublished())).append("\">")
                        .append(Html.esc(LABELS.date(s.latestPublished()))).append("</time>");
            }
            b.append("</div></li>\n");
        }
        b.append("</ol>\n").append(pager(page, to < stories.size(), p -> "/?page=" + p));
        html(ctx, Html.page("Geschichten", "", b.toString()));
    }

    void story(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        StorySummary story = store.story(id).orElseThrow(() -> ApiException.notFound("Keine Geschichte mit der Kennung " + id));
        VersionedDigest digest = store.digest(id, requestBudget).orElseThrow(() -> ApiException.notFound("Keine Geschichte mit der Kennung " + id));
        StringBuilder page = new StringBuilder(32 * 1024);
        digestWriter.write(List.of(digest.digest()), store.texts(id), page);
        String notice = digest.version() < story.version()
                ? "<p class=\"notice\">Diese Zusammenfassung beruht auf " + digest.version() + " von " + story.version()
                        + " Berichten; die neue wird gerade berechnet.</p>\n"
                : "";
        notice += links(store.links(id));
        if (ctx.queryParam("since") != null) {
            notice += changesSince(id, QueryParams.intParam(ctx, "since", 0, 0, Integer.MAX_VALUE));
        }
        String html = page.toString()
                .replaceFirst("</style>", NAV_CSS + "</style>")
                .replaceFirst("<body>\n<main>\n", java.util.regex.Matcher.quoteReplacement("<body>\n" + Html.nav("") + "<main>\n" + notice));
        html(ctx, html);
    }

    /**
     * The box of a story linked across languages: which story of which language joined it, and the names, numbers and
     * words the two share (the link's evidence, as {@code synoptic cluster} lists it); empty when none was linked.
     */
    static String links(List<org.synoptic.cluster.StoryLink> links) {
        StringBuilder b = new StringBuilder();
        for (org.synoptic.cluster.StoryLink l : links) {
            b.append("<p class=\"notice links\">Sprachübergreifend verknüpft: Berichte auf ")
                    .append(Html.esc(LABELS.languageName(l.language()))).append(" (Geschichte ")
                    .append(Html.esc(l.storyId())).append(", Übereinstimmung ")
                    .append(String.format(java.util.Locale.GERMAN, "%.2f", l.score())).append(")");
            evidence(b, "gemeinsame Namen", l.names());
            evidence(b, "Zahlen und Tage", l.numbers());
            evidence(b, "Begriffe", l.terms());
            b.append("</p>\n");
        }
        return b.toString();
    }

    private static void evidence(StringBuilder b, String label, List<String> items) {
        if (!items.isEmpty()) {
            b.append("; ").append(label).append(": ").append(Html.esc(String.join(", ", items)));
        }
    }

    /** The box "what changed since version N" of a story page ({@code ?since=N}): the whole digest's changes. */
    @SuppressWarnings("unchecked")
    private String changesSince(String id, int since) {
        Map<String, Object> answer = StoryChangesAnswer.of(store, id, since);
        Map<String, Object> d = (Map<String, Object>) answer.get("digest");
        StringBuilder b = new StringBuilder("<section class=\"notice changes\"><h2>Was sich seit Version ")
                .append(since).append(" geändert hat</h2>\n");
        if (d == null) {
            return b.append("<p>Von dieser Version ist keine Zusammenfassung mehr gespeichert.</p></section>\n").toString();
        }
        List<Map<String, Object>> added = (List<Map<String, Object>>) answer.get("added");
        List<String> reports = added.stream().map(a -> String.valueOf(a.get("title"))).toList();
        List<String> support = ((List<Map<String, Object>>) d.get("supportChanges")).stream()
                .map(c -> c.get("fact") + ": " + c.get("before") + " → " + c.get("after") + " unabhängige Quellen").toList();
        changeList(b, "Neue Berichte", reports);
        changeList(b, "Neue Fakten", (List<String>) d.get("newFacts"));
        changeList(b, "Geänderte Bestätigung", support);
        changeList(b, "Neue Widersprüche", (List<String>) d.get("newDisagreements"));
        changeList(b, "Aufgelöste Widersprüche", (List<String>) d.get("resolvedDisagreements"));
        changeList(b, "Neue Zitate", (List<String>) d.get("newQuotes"));
        if (reports.isEmpty() && support.isEmpty() && ((List<?>) d.get("newFacts")).isEmpty()
                && ((List<?>) d.get("newDisagreements")).isEmpty() && ((List<?>) d.get("resolvedDisagreements")).isEmpty()
                && ((List<?>) d.get("newQuotes")).isEmpty()) {
            b.append("<p>Nichts.</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static void changeList(StringBuilder b, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<h3>").append(Html.esc(title)).append("</h3>\n<ul>\n");
        for (String item : items) {
            b.append("<li>").append(Html.esc(item)).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        StoredArticle stored = store.article(id).orElseThrow(() -> ApiException.notFound("Kein Bericht mit der Kennung " + id));
        var a = stored.article();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(a.title() == null ? a.id() : a.title())).append("</h1>\n<p class=\"meta\">")
                .append(Html.esc(StoryListing.outletOf(a.outlet(), a.url(), a.source())));
        if (a.author() != null) {
            b.append(" · ").append(Html.esc(a.author()));
        }
        if (a.published() != null) {
            b.append(" · <time datetime=\"").append(Html.esc(a.published())).append("\">").append(Html.esc(LABELS.date(a.published())))
                    .append("</time>");
        }
        b.append(" · ").append(Html.esc(LABELS.languageName(a.language())));
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.esc(a.url())).append("\">Original</a>");
        }
        b.append(" · Geschichte: <a href=\"/stories/").append(Html.esc(Html.url(stored.storyId()))).append("\">")
                .append(Html.esc(store.story(stored.storyId()).map(StorySummary::headline).orElse(stored.storyId())))
                .append("</a></p>\n<div class=\"text\">").append(Html.esc(a.text())).append("</div>\n");
        // the same story's reports first, each labelled; the index's similarity orders each part
        List<SearchResult.Hit> similar = new java.util.ArrayList<>(store.similar(id, 2 * SIMILAR_SHOWN));
        similar.sort(java.util.Comparator.comparing(h -> !h.story().equals(stored.storyId())));
        if (!similar.isEmpty()) {
            b.append("<h2>Ähnliche Berichte</h2>\n");
            for (SearchResult.Hit h : similar.subList(0, Math.min(SIMILAR_SHOWN, similar.size()))) {
                b.append("<div class=\"similar\"><span class=\"tag").append(h.story().equals(stored.storyId()) ? " same" : "")
                        .append("\">").append(h.story().equals(stored.storyId()) ? "dieselbe Geschichte" : "andere Geschichte")
                        .append("</span>");
                hit(b, h);
                b.append("</div>\n");
            }
        }
        html(ctx, Html.page(a.title() == null ? a.id() : a.title(), "", b.toString()));
    }

    void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        Map<String, String> filters = new LinkedHashMap<>();
        for (String dim : List.of("outlet", "language", "story", "entity", "from", "to")) {
            String v = QueryParams.blank(ctx.queryParam(dim));
            if (v != null) {
                filters.put(dim, v);
            }
        }
        int page = QueryParams.intParam(ctx, "page", 1, 1, SearchRequest.MAX_PAGE);
        StringBuilder b = new StringBuilder("<h1>Suche</h1>\n<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
                .append(Html.esc(q)).append("\" aria-label=\"Suchbegriffe\" autofocus> ");
        filters.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(Html.esc(k)).append("\" value=\"")
                .append(Html.esc(v)).append("\">"));
        b.append("<button>Suchen</button></form>\n");
        SearchResult r;
        try {
            r = store.search(new SearchRequest(q, filters.get("outlet"), filters.get("language"), filters.get("story"),
                    filters.get("entity"), QueryParams.date(filters.get("from")), QueryParams.date(filters.get("to")), page, 20));
        } catch (IllegalArgumentException e) {
            b.append("<p class=\"notice\">").append(Html.esc(e.getMessage())).append("</p>\n");
            html(ctx, Html.page("Suche", q, b.toString()));
            return;
        }
        b.append("<div class=\"layout\"><div>\n<p class=\"meta\">").append(r.total()).append(r.total() == 1 ? " Treffer" : " Treffer");
        filters.forEach((k, v) -> {
            Map<String, String> without = new LinkedHashMap<>(filters);
            without.remove(k);
            b.append(" · <span class=\"active\">").append(Html.esc(FACET_NAMES.getOrDefault(k, k))).append(": ")
                    .append(Html.esc(k.equals("language") ? LABELS.languageName(v) : v)).append(" <a href=\"").append(Html.esc(searchUrl(q, without, 1)))
                    .append("\" title=\"Filter entfernen\">×</a></span>");
        });
        b.append("</p>\n");
        if (r.suggestion() != null) {
            b.append("<p class=\"notice suggestion\">Meinten Sie: <a href=\"").append(Html.esc(searchUrl(r.suggestion(), filters, 1)))
                    .append("\">").append(Html.esc(r.suggestion())).append("</a>?</p>\n");
        }
        for (SearchResult.Hit h : r.hits()) {
            hit(b, h);
        }
        b.append(pager(page, (long) page * r.size() < r.total() && page < SearchRequest.MAX_PAGE,
                p -> searchUrl(q, filters, p)));
        b.append("</div>\n<aside class=\"facets\">\n");
        r.facets().forEach((dim, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            b.append("<h3>").append(Html.esc(FACET_NAMES.getOrDefault(dim, dim))).append("</h3>\n<ul>\n");
            counts.forEach((value, count) -> {
                Map<String, String> with = new LinkedHashMap<>(filters);
                with.put(dim, value);
                String label = dim.equals("story") ? store.story(value).map(StorySummary::headline).orElse(value)
                        : dim.equals("language") ? LABELS.languageName(value) : value;
                b.append("<li><a href=\"").append(Html.esc(searchUrl(q, with, 1))).append("\">").append(Html.esc(label))
                        .append("</a> <span class=\"meta\">").append(count).append("</span></li>\n");
            });
            b.append("</ul>\n");
        });
        b.append("</aside></div>\n");
        html(ctx, Html.page(q.isBlank() ? "Suche" : q, q, b.toString()));
    }

    private void hit(StringBuilder b, SearchResult.Hit h) {
        b.append("<div class=\"hit\"><a href=\"/articles/").append(Html.esc(Html.url(h.article()))).append("\">")
                .append(Html.esc(h.title() == null ? h.article() : h.title())).append("</a>\n<div class=\"meta\">")
                .append(Html.esc(h.outlet() == null ? "Medium unbekannt" : h.outlet()));
        if (h.published() != null) {
            b.append(" · <time datetime=\"").append(Html.esc(h.published())).append("\">").append(Html.esc(LABELS.date(h.published())))
                    .append("</time>");
        }
        b.append(" · <a href=\"/stories/").append(Html.esc(Html.url(h.story()))).append("\">Geschichte</a></div>\n")
                // the snippet is escaped by the store's highlighter; only its <mark> tags are markup
                .append("<p>").append(h.snippet()).append("</p></div>\n");
    }

    private static String searchUrl(String q, Map<String, String> filters, int page) {
        StringBuilder u = new StringBuilder("/search?q=").append(Html.url(q));
        filters.forEach((k, v) -> u.append('&').append(k).append('=').append(Html.url(v)));
        if (page > 1) {
            u.append("&page=").append(page);
        }
        return u.toString();
    }

    private static String pager(int page, boolean hasNext, java.util.function.IntFunction<String> url) {
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (page > 1) {
            b.append("<a href=\"").append(Html.esc(url.apply(page - 1))).append("\">← zurück</a>");
        }
        if (hasNext) {
            b.append("<a href=\"").append(Html.esc(url.apply(page + 1))).append("\">weiter →</a>");
        }
        return b.append("</p>\n").toString();
    }

    private static void html(Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
