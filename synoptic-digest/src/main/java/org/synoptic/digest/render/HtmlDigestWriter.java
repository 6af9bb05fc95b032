package org.synoptic.digest.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigest.ArticleRef;
import org.synoptic.digest.StoryDigest.Disagreement;
import org.synoptic.digest.StoryDigest.EntityEntry;
import org.synoptic.digest.StoryDigest.Evidence;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.Position;
import org.synoptic.digest.StoryDigest.QuoteEntry;
import org.synoptic.digest.StoryDigest.SourceEntry;
import org.synoptic.digest.StoryDigest.SummarySentence;
import org.synoptic.digest.StoryDigest.TimelineEntry;

/**
 * Writes one standalone HTML page (inline CSS and SVG, no scripts, no external resources): an editor's view of each
 * story with the cited summary, pictures of the coverage (timeline, who cites whom), the facts with their support bar
 * and the outlets that confirm them (syndicated copies under their source), disagreements side by side, quotes,
 * sources, entities and timeline, followed by the reports' texts.
 *
 * <p>Every citation names its outlet, shows the report's title, time and evidence on hover or keyboard focus, and
 * links to the evidence in the report's text; the outlets that confirm a fact also link to the original. Evidence is
 * highlighted only for the item in focus ({@code :focus-within} through {@code :has()}) or the citation followed
 * ({@code :target}). Labels and dates come from {@link Labels} in the story's language. All article text is
 * HTML-escaped, so markup in an article is shown, never run. Stateless and thread-safe.
 */
public final class HtmlDigestWriter implements DigestWriter {

    private static final int ENTITIES_SHOWN = 24;
    /** Citations a summary line shows by name before it counts the rest ("+3"). */
    private static final int SUMMARY_CITES = 2;

    private static final String CSS = """
            body{font:16px/1.5 Georgia,serif;margin:0;background:#f6f5f1;color:#1d1d1b}
            main{max-width:980px;margin:0 auto;padding:1.5rem}
            header.story{border-bottom:3px solid #1d1d1b;margin-bottom:1rem}
            h1{font-size:1.9rem;margin:.2rem 0}h2{font:600 1rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
            .meta,.badge,table,.chip,.cite,.confirm,figure{font-family:system-ui,sans-serif}
            .meta{color:#555;font-size:.85rem}
            a.cite{position:relative;display:inline-block;font-size:.72rem;line-height:1.3;text-decoration:none;color:#8a1c1c;background:#fbeeee;border-radius:3px;padding:0 .3rem;margin:0 .1rem;vertical-align:1px}
            a.cite:focus{outline:2px solid #8a1c1c}a.cite .tip{display:none;position:absolute;left:0;top:1.5em;z-index:5;width:22rem;background:#1d1d1b;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:.8rem;line-height:1.35;white-space:normal;text-align:left}
            a.cite:hover .tip,a.cite:focus .tip,a.cites-more:hover .tip,a.cites-more:focus .tip{display:block}
            a.cites-more{position:relative;display:inline-block;font:.72rem/1.3 system-ui,sans-serif;text-decoration:none;color:#555;background:#eee;border-radius:3px;padding:0 .3rem;margin:0 .1rem;vertical-align:1px}
            a.cites-more .tip{display:none;position:absolute;left:0;top:1.5em;z-index:5;width:16rem;background:#1d1d1b;color:#fff;padding:.4rem .6rem;border-radius:4px;white-space:normal}a.cite .tip q{display:block;margin-top:.3rem;font-family:Georgia,serif}
            a.orig{font-size:.75rem;text-decoration:none;color:#2f5f8a}
            table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
            .badge{display:inline-block;min-width:1.6rem;text-align:center;border-radius:1rem;padding:0 .4rem;color:#fff;background:#6b6b6b;font-size:.8rem}
            .badge.s2{background:#b07d12}.badge.s3{background:#2f7d32}
            table.facts th:nth-child(1){width:44%}table.facts th:nth-child(2){width:32%}table.facts a.cite{white-space:nowrap}
            ul.confirm{list-style:none;padding:0;margin:.3rem 0 0;font-size:.8rem}ul.confirm li{margin:.15rem 0}ul.confirm .copies{color:#555;margin-left:.8rem}
            .sources{font-size:.75rem;color:#555;font-family:system-ui,sans-serif}.on-fact{font-size:.9rem;color:#444}
            .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.8rem;margin-bottom:1rem}
            .side{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem}.side .note{font:italic .8rem system-ui,sans-serif;color:#8a1c1c}
            blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #8a1c1c;background:#fff}
            .speaker{font:600 .85rem system-ui,sans-serif}
            .chip{display:inline-block;border:1px solid #bbb;border-radius:1rem;padding:0 .6rem;margin:.15rem;font-size:.8rem;background:#fff}
            .chip.PERSON{border-color:#2f5f8a}.chip.LOCATION{border-color:#2f7d32}.chip.ORGANIZATION{border-color:#b07d12}
            details.more summary{cursor:pointer;color:#2f5f8a;font:.85rem system-ui,sans-serif}
            ol.timeline{list-style:none;padding-left:0}ol.timeline li{margin:.3rem 0}ol.timeline time{font:600 .85rem system-ui,sans-serif;margin-right:.5rem}
            .pictures{display:grid;grid-template-columns:1fr;gap:.8rem}figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem;overflow-x:auto}
            figcaption{font-size:.8rem;font-weight:600;margin-bottom:.3rem}svg.chart{font:11px system-ui,sans-serif;max-width:100%;height:auto}svg.chart .head{font-weight:600}svg.chart text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            article.report{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0;white-space:pre-wrap}
            article.report h3{white-space:normal;margin:.1rem 0}
            mark{background:none;color:inherit}mark:target{background:#ffd54a;outline:2px solid #8a1c1c;scroll-margin-top:30vh}
            """;

    @Override
    public void write(List<StoryDigest> digests, Map<String, String> articleTexts, Appendable out) throws IOException {
        String lang = digests.isEmpty() ? "de" : digests.get(0).language();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(digests.size() == 1 ? digests.get(0).headline() : "Synoptic")).append("</title>\n")
                .append("<style>\n").append(CSS);
        for (int i = 0; i < digests.size(); i++) {
            out.append(focusCss(digests.get(i), "s" + (i + 1) + "-"));
        }
        out.append("</style>\n</head>\n<body>\n<main>\n");
        for (int i = 0; i < digests.size(); i++) {
            writeStory(digests.get(i), i + 1, articleTexts, out);
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    /** One rule per fact, quote and disagreement: its evidence marks light up while focus is inside it. */
    private static String focusCss(StoryDigest d, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= d.facts().size(); i++) {
            items.add("f" + i);
        }
        for (int i = 1; i <= d.quotes().size(); i++) {
            items.add("q" + i);
        }
        for (int i = 1; i <= d.disagreements().size(); i++) {
            items.add("d" + i);
        }
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = prefix + items.get(i);
            css.append(i == 0 ? "" : ",").append("main:has(#").append(item).append(":focus-within) mark.").append(item);
        }
        return css.append("{background:#ffd54a}\n").toString();
    }

    private static void writeStory(StoryDigest d, int storyNumber, Map<String, String> texts, Appendable out)
            throws IOException {
        Labels l = Labels.of(d.language());
        ReportNames names = new ReportNames(d, l);
        Citations cite = new Citations(d);
        String prefix = "s" + storyNumber + "-";
        EvidenceMarks marks = new EvidenceMarks(d, texts);
        Cites cites = new Cites(prefix, names, cite, marks, texts, l);
        long groups = d.articles().stream().map(ArticleRef::syndicationGroup).distinct().count();
        long outlets = d.articles().stream().map(a -> names.outlet(a.id())).distinct().count();
        String latest = d.articles().stream().map(ArticleRef::published).filter(p -> p != null)
                .max(java.util.Comparator.comparing(p -> CoverageCharts.epochMillis(p) == null ? Long.MIN_VALUE
                        : CoverageCharts.epochMillis(p))).orElse(null);

        out.append("<section class=\"story\" id=\"").append(esc(d.id())).append("\">\n<header class=\"story\">\n<h1>")
                .append(esc(d.headline())).append("</h1>\n<p class=\"meta\">").append(l.count("reports", d.articles().size()))
                .append(" · ").append(l.count("sources", groups)).append(" · ").append(l.count("outlets", outlets))
                .append(" · ").append(esc(l.languageNames(d)));
        if (latest != null) {
            out.append(" · ").append(l.text("latest")).append(" <time datetime=\"").append(esc(latest)).append("\">")
                    .append(esc(l.date(latest))).append("</time>");
        }
        out.append("</p>\n</header>\n");

        out.append("<h2>").append(l.text("summary")).append("</h2>\n<p class=\"summary\">");
        for (SummarySentence s : d.summary()) {
            out.append(esc(s.text()));
            // a line confirmed by many reports names its first two and counts the others, whose names show on hover
            // and focus: the summary is read first and must not drown in outlet names (the facts list them all)
            List<String> shown = s.citations().size() > SUMMARY_CITES + 1 ? s.citations().subList(0, SUMMARY_CITES) : s.citations();
            for (String a : shown) {
                out.append(cites.link(a, marks.locate(a, texts.get(a), s.text())));
            }
            if (shown.size() < s.citations().size()) {
                List<String> others = s.citations().subList(shown.size(), s.citations().size());
                out.append(cites.more(others, marks.locate(others.get(0), texts.get(others.get(0)), s.text())));
            }
            out.append(' ');
        }
        out.append("</p>\n");

        out.append("<h2>").append(l.text("pictures")).append("</h2>\n<div class=\"pictures\">\n<figure><figcaption>")
                .append(l.text("chart.coverage")).append("</figcaption>")
                .append(CoverageCharts.coverageTimeline(d, names, l, prefix + "timeline")).append("</figure>\n<figure><figcaption>")
                .append(l.text("chart.cites")).append("</figcaption>")
                .append(CoverageCharts.citationGraph(d, names, l, prefix + "graph")).append("</figure>\n</div>\n");

        out.append("<h2>").append(l.text("facts")).append("</h2>\n");
        if (!d.facts().isEmpty()) {
            out.append("<table class=\"facts\">\n<tr><th>").append(l.text("fact")).append("</th><th>")
                    .append(l.text("support")).append("</th><th>").append(l.text("contradicted.by"))
                    .append("</th><th>").append(l.text("rests.on")).append("</th></tr>\n");
            for (int i = 0; i < d.facts().size(); i++) {
                writeFact(d, d.facts().get(i), prefix + "f" + (i + 1), names, cites, l, out);
            }
            out.append("</table>\n");
        }

        out.append("<h2>").append(l.text("disagreements")).append("</h2>\n");
        for (int i = 0; i < d.disagreements().size(); i++) {
            Disagreement dis = d.disagreements().get(i);
            out.append("<div class=\"disagreement\" id=\"").append(prefix).append("d").append(String.valueOf(i + 1))
                    .append("\"><h3>").append(esc(dis.about())).append("</h3>\n");
            if (dis.fact() != null) {
                out.append("<p class=\"on-fact\">").append(l.text("on.fact")).append(' ').append(esc(dis.fact())).append("</p>\n");
            }
            out.append("<div class=\"sides\">\n");
            for (Position p : dis.positions()) {
                out.append("<div class=\"side\">");
                if (p.note() != null) {
                    out.append("<div class=\"note\">").append(esc(l.valueOf("note", p.note()))).append("</div>");
                }
                out.append(esc(p.text()));
                for (String a : p.articles()) {
                    out.append(cites.link(a, marks.locate(a, texts.get(a), p.text())));
                }
                out.append("</div>\n");
            }
            out.append("</div></div>\n");
        }

        out.append("<h2>").append(l.text("quotes")).append("</h2>\n");
        for (int i = 0; i < d.quotes().size(); i++) {
            QuoteEntry q = d.quotes().get(i);
            out.append("<blockquote id=\"").append(prefix).append("q").append(String.valueOf(i + 1)).append("\"><div class=\"speaker\">")
                    .append(q.speaker() == null ? l.text("speaker.unknown") : esc(q.speaker()));
            if (q.via() != null) {
                out.append(" · ").append(l.text("via")).append(' ').append(esc(q.via()));
            }
            out.append(q.direct() ? "" : " · " + l.text("indirect")).append("</div>")
                    .append(q.direct() ? "„" + esc(q.text()) + "“" : esc(q.text()));
            for (String a : q.articles()) {
                out.append(cites.link(a, a.equals(q.article()) ? marks.containing(a, q.start()) : -1));
            }
            out.append("</blockquote>\n");
        }

        out.append("<h2>").append(l.text("cited.sources")).append("</h2>\n<table class=\"sources\">\n");
        for (SourceEntry s : d.citedSources()) {
            out.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(l.valueOf("kind", s.kind())))
                    .append("</td><td>").append(l.count("mentions", s.mentions())).append("</td><td>");
            for (String a : s.articles()) {
                out.append(cites.link(a, -1));
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");

        out.append("<h2>").append(l.text("entities")).append("</h2>\n<p>");
        List<EntityEntry> entities = d.entities();
        for (int i = 0; i < entities.size(); i++) {
            if (i == ENTITIES_SHOWN) {
                out.append("</p>\n<details class=\"more\"><summary>").append(l.text("entities.more")).append(" (")
                        .append(l.count("more", entities.size() - ENTITIES_SHOWN)).append(")</summary><p>");
            }
            EntityEntry e = entities.get(i);
            out.append("<span class=\"chip ").append(esc(e.type())).append("\" title=\"")
                    .append(esc(l.valueOf("type", e.type()) + ": " + String.join(", ", e.variants()))).append("\">")
                    .append(esc(e.name())).append(" <small>").append(String.valueOf(e.articles().size())).append("</small></span>");
        }
        out.append(entities.size() > ENTITIES_SHOWN ? "</p></details>\n" : "</p>\n");

        out.append("<h2>").append(l.text("timeline")).append("</h2>\n<ol class=\"timeline\">\n");
        for (TimelineEntry t : d.timeline()) {
            out.append("<li><time datetime=\"").append(esc(t.date())).append("\">").append(esc(l.date(t.date())));
            if (t.endDate() != null) {
                out.append("</time>–<time datetime=\"").append(esc(t.endDate())).append("\">").append(esc(l.date(t.endDate())));
            }
            out.append("</time>").append(esc(t.text()));
            for (String a : t.articles()) {
                out.append(cites.link(a, -1));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");

        out.append("<h2>").append(l.text("reports")).append("</h2>\n");
        for (ArticleRef a : d.articles()) {
            int n = cite.number(a.id());
            out.append("<article class=\"report\" id=\"").append(prefix).append("a").append(String.valueOf(n)).append("\"><h3>")
                    .append(esc(a.title() == null ? a.id() : a.title())).append("</h3>")
                    .append("<div class=\"meta\"><b>").append(esc(names.shortName(a.id()))).append("</b>");
            if (a.outlet() == null) {
                out.append(" (").append(l.text("unknown.outlet")).append(')');
            }
            if (a.published() != null) {
                out.append(" · <time datetime=\"").append(esc(a.published())).append("\">").append(esc(l.date(a.published())))
                        .append("</time>");
                if (a.publishedInferred()) {
                    out.append(" (").append(l.text("inferred")).append(')');
                }
            }
            String url = names.originalUrl(a.id());
            if (url != null) {
                out.append(" · ").append(Cites.original(url, l.text("original") + " ↗", names.shortName(a.id()), l));
            } else { // the input's file name only: a local path says nothing to a reader and tells a stranger about the server
                String file = a.source().substring(Math.max(a.source().lastIndexOf('/'), a.source().lastIndexOf('\\')) + 1);
                out.append(" · <span>").append(esc(file)).append("</span>");
            }
            if (!a.syndicationGroup().equals(a.id()) && cite.contains(a.syndicationGroup())) {
                out.append(" · ").append(l.text("copy.of")).append(' ')
                        .append(cites.link(a.syndicationGroup(), -1));
            }
            out.append("</div>");
            String text = texts.get(a.id());
            if (text != null) {
                out.append(highlighted(text, marks.of(a.id()), prefix + "a" + n, prefix));
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    private static void writeFact(StoryDigest d, Fact f, String id, ReportNames names, Cites cites, Labels l, Appendable out)
            throws IOException {
        int n = f.independentSources();
        List<String> sources = f.sources().stream().map(names::sourceName).toList();
        out.append("<tr class=\"fact\" id=\"").append(id).append("\"><td>").append(esc(f.text())).append("</td><td>")
                .append("<span class=\"badge s").append(String.valueOf(Math.min(n, 3))).append("\" title=\"")
                .append(esc(l.count("sources", n) + ": " + String.join(", ", sources))).append("\">")
                .append(String.valueOf(n)).append("</span> ")
                .append(CoverageCharts.supportBar(f, d.articles().size(), l)).append("<ul class=\"confirm\">");
        // one line per syndication group: the source, then its copies
        Map<String, List<Evidence>> byGroup = new LinkedHashMap<>();
        Map<String, Evidence> firstOf = new LinkedHashMap<>();
        for (Evidence e : f.evidence()) {
            firstOf.putIfAbsent(e.article(), e);
        }
        for (String article : f.articles()) {
            ArticleRef a = names.article(article);
            Evidence e = firstOf.get(article);
            byGroup.computeIfAbsent(a == null ? article : a.syndicationGroup(), k -> new ArrayList<>())
                    .add(e == null ? new Evidence(article, "", -1, -1) : e);
        }
        for (var group : byGroup.entrySet()) {
            List<Evidence> members = new ArrayList<>(group.getValue());
            members.sort((x, y) -> Boolean.compare(!x.article().equals(group.getKey()), !y.article().equals(group.getKey())));
            Evidence head = members.get(0);
            out.append("<li>").append(cites.link(head.article(), head.start()));
            String url = names.originalUrl(head.article());
            if (url != null) {
                out.append(Cites.original(url, "↗", names.shortName(head.article()), l));
            }
            if (members.size() > 1) {
                out.append("<br><span class=\"copies\">↳ ").append(l.count("copies", members.size() - 1)).append(":");
                for (Evidence copy : members.subList(1, members.size())) {
                    out.append(cites.link(copy.article(), copy.start()));
                }
                out.append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul></td><td>");
        for (String a : f.contradictedBy()) {
            out.append(cites.link(a, -1));
        }
        out.append("</td><td>").append(esc(String.join(", ", f.restsOn()))).append("</td></tr>\n");
    }

    private static String highlighted(String text, Map<Integer, EvidenceMarks.Span> marks, String idPrefix, String itemPrefix) {
        StringBuilder html = new StringBuilder("\n");
        int at = 0;
        for (EvidenceMarks.Span s : marks.values()) {
            int start = s.start();
            int end = Math.min(s.end(), text.length());
            if (start < at || start >= text.length()) {
                continue;
            }
            html.append(esc(text.substring(at, start))).append("<mark id=\"").append(idPrefix).append('-').append(start).append('"');
            if (!s.items().isEmpty()) {
                html.append(" class=\"");
                boolean first = true;
                for (String item : s.items()) {
                    html.append(first ? "" : " ").append(itemPrefix).append(item);
                    first = false;
                }
                html.append('"');
            }
            html.append('>').append(esc(text.substring(start, end))).append("</mark>");
            at = end;
        }
        html.append(esc(text.substring(at)));
        return html.toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        return HtmlEscaper.escape(text);
    }
}
