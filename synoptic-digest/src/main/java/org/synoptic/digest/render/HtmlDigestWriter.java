package org.synoptic.digest.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Writes one standalone HTML page (inline CSS, no scripts, no external resources): an editor's view of each story
 * with the cited summary, the facts table with support badges, disagreements side by side, quotes, sources,
 * entities and timeline, followed by the reports' texts. Every citation links to its evidence sentence, highlighted
 * in the report's text. All article text is HTML-escaped, so markup in an article is shown, never run.
 */
public final class HtmlDigestWriter implements DigestWriter {

    private static final String CSS = """
            body{font:16px/1.5 Georgia,serif;margin:0;background:#f6f5f1;color:#1d1d1b}
            main{max-width:980px;margin:0 auto;padding:1.5rem}
            header.story{border-bottom:3px solid #1d1d1b;margin-bottom:1rem}
            h1{font-size:1.9rem;margin:.2rem 0}h2{font:600 1rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
            .meta,.badge,table,.chip,.cite{font-family:system-ui,sans-serif}
            .meta{color:#555;font-size:.85rem}
            a.cite{font-size:.75rem;vertical-align:super;text-decoration:none;color:#8a1c1c;margin-left:1px}
            table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
            .badge{display:inline-block;min-width:1.6rem;text-align:center;border-radius:1rem;padding:0 .4rem;color:#fff;background:#6b6b6b;font-size:.8rem}
            .badge.s2{background:#b07d12}.badge.s3{background:#2f7d32}
            .sources{font-size:.75rem;color:#555;font-family:system-ui,sans-serif}.on-fact{font-size:.9rem;color:#444}
            .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.8rem;margin-bottom:1rem}
            .side{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem}.side .note{font:italic .8rem system-ui,sans-serif;color:#8a1c1c}
            blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #8a1c1c;background:#fff}
            .speaker{font:600 .85rem system-ui,sans-serif}
            .chip{display:inline-block;border:1px solid #bbb;border-radius:1rem;padding:0 .6rem;margin:.15rem;font-size:.8rem;background:#fff}
            .chip.PERSON{border-color:#2f5f8a}.chip.LOCATION{border-color:#2f7d32}.chip.ORGANIZATION{border-color:#b07d12}
            ol.timeline{list-style:none;padding-left:0}ol.timeline li{margin:.3rem 0}time{font:600 .85rem system-ui,sans-serif;margin-right:.5rem}
            article.report{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0;white-space:pre-wrap}
            article.report h3{white-space:normal;margin:.1rem 0}
            mark{background:#fff3c4}mark:target{background:#ffd54a;outline:2px solid #8a1c1c}
            """;

    @Override
    public void write(List<StoryDigest> digests, Map<String, String> articleTexts, Appendable out) throws IOException {
        String lang = digests.isEmpty() ? "de" : digests.get(0).language();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(digests.size() == 1 ? digests.get(0).headline() : "Synoptic")).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        for (int i = 0; i < digests.size(); i++) {
            writeStory(digests.get(i), i + 1, articleTexts, out);
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    private static void writeStory(StoryDigest d, int storyNumber, Map<String, String> texts, Appendable out)
            throws IOException {
        boolean de = !"en".equals(d.language());
        Citations cite = new Citations(d);
        String prefix = "s" + storyNumber + "-";
        Map<String, Map<Integer, Integer>> marks = evidenceMarks(d, texts);
        long groups = d.articles().stream().map(ArticleRef::syndicationGroup).distinct().count();

        out.append("<section class=\"story\" id=\"").append(esc(d.id())).append("\">\n<header class=\"story\">\n<h1>")
                .append(esc(d.headline())).append("</h1>\n<p class=\"meta\">").append(String.valueOf(d.articles().size()))
                .append(de ? " Berichte · " : " reports · ").append(String.valueOf(groups))
                .append(de ? " unabhängige Quellen · " : " independent sources · ").append(esc(d.id())).append("</p>\n</header>\n");

        out.append("<h2>").append(de ? "Zusammenfassung" : "Summary").append("</h2>\n<p class=\"summary\">");
        for (SummarySentence s : d.summary()) {
            out.append(esc(s.text()));
            for (String a : s.citations()) {
                out.append(citeLink(prefix, a, cite, locate(texts.get(a), s.text(), marks.get(a))));
            }
            out.append(' ');
        }
        out.append("</p>\n");

        out.append("<h2>").append(de ? "Fakten" : "Facts").append("</h2>\n");
        if (!d.facts().isEmpty()) {
            out.append("<table class=\"facts\">\n<tr><th>").append(de ? "Fakt" : "Fact").append("</th><th>")
                    .append(de ? "Unabhängig" : "Independent").append("</th><th>").append(de ? "Belege" : "Evidence")
                    .append("</th><th>").append(de ? "Widersprochen von" : "Contradicted by")
                    .append("</th><th>").append(de ? "Beruht auf" : "Rests on").append("</th></tr>\n");
            for (Fact f : d.facts()) {
                int n = f.independentSources();
                out.append("<tr><td>").append(esc(f.text())).append("</td><td><span class=\"badge s")
                        .append(String.valueOf(Math.min(n, 3))).append("\" title=\"")
                        .append(de ? "unabhängige Quellen" : "independent sources").append(": ")
                        .append(esc(String.join(", ", f.sources()))).append("\">").append(String.valueOf(n))
                        .append("</span><div class=\"sources\">").append(esc(String.join(", ", f.sources())))
                        .append("</div></td><td>");
                for (Evidence e : f.evidence()) {
                    out.append(citeLink(prefix, e.article(), cite, e.start()));
                }
                out.append("</td><td>");
                for (String a : f.contradictedBy()) {
                    out.append(citeLink(prefix, a, cite, -1));
                }
                out.append("</td><td>").append(esc(String.join(", ", f.restsOn()))).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        out.append("<h2>").append(de ? "Widersprüche" : "Disagreements").append("</h2>\n");
        for (Disagreement dis : d.disagreements()) {
            out.append("<h3>").append(esc(dis.about())).append("</h3>\n");
            if (dis.fact() != null) {
                out.append("<p class=\"on-fact\">").append(de ? "Zum Fakt: " : "On the fact: ").append(esc(dis.fact()))
                        .append("</p>\n");
            }
            out.append("<div class=\"sides\">\n");
            for (Position p : dis.positions()) {
                out.append("<div class=\"side\">");
                if (p.note() != null) {
                    out.append("<div class=\"note\">").append(esc(p.note())).append("</div>");
                }
                out.append(esc(p.text()));
                for (String a : p.articles()) {
                    out.append(citeLink(prefix, a, cite, locate(texts.get(a), p.text(), marks.get(a))));
                }
                out.append("</div>\n");
            }
            out.append("</div>\n");
        }

        out.append("<h2>").append(de ? "Zitate" : "Quotes").append("</h2>\n");
        for (QuoteEntry q : d.quotes()) {
            out.append("<blockquote><div class=\"speaker\">")
                    .append(q.speaker() == null ? (de ? "Sprecher unbekannt" : "speaker unknown") : esc(q.speaker()));
            if (q.via() != null) {
                out.append(de ? " · über " : " · via ").append(esc(q.via()));
            }
            out.append(q.direct() ? "" : (de ? " · indirekt" : " · indirect")).append("</div>")
                    .append(q.direct() ? "„" + esc(q.text()) + "“" : esc(q.text()));
            for (String a : q.articles()) {
                out.append(citeLink(prefix, a, cite, a.equals(q.article()) ? sentenceMark(marks.get(a), q.start()) : -1));
            }
            out.append("</blockquote>\n");
        }

        out.append("<h2>").append(de ? "Zitierte Quellen" : "Cited sources").append("</h2>\n<table class=\"sources\">\n");
        for (SourceEntry s : d.citedSources()) {
            out.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(s.kind())).append("</td><td>")
                    .append(String.valueOf(s.mentions())).append("×</td><td>");
            for (String a : s.articles()) {
                out.append(citeLink(prefix, a, cite, -1));
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");

        out.append("<h2>").append(de ? "Personen, Orte, Organisationen" : "Entities").append("</h2>\n<p>");
        for (EntityEntry e : d.entities()) {
            out.append("<span class=\"chip ").append(esc(e.type())).append("\" title=\"")
                    .append(esc(String.join(", ", e.variants()))).append("\">").append(esc(e.name()))
                    .append(" <small>").append(String.valueOf(e.articles().size())).append("</small></span>");
        }
        out.append("</p>\n");

        out.append("<h2>").append(de ? "Zeitleiste" : "Timeline").append("</h2>\n<ol class=\"timeline\">\n");
        for (TimelineEntry t : d.timeline()) {
            out.append("<li><time datetime=\"").append(esc(t.date())).append("\">").append(esc(t.date()));
            if (t.endDate() != null) {
                out.append("</time>–<time datetime=\"").append(esc(t.endDate())).append("\">").append(esc(t.endDate()));
            }
            out.append("</time>").append(esc(t.text()));
            for (String a : t.articles()) {
                out.append(citeLink(prefix, a, cite, -1));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");

        out.append("<h2>").append(de ? "Berichte" : "Reports").append("</h2>\n");
        for (ArticleRef a : d.articles()) {
            int n = cite.number(a.id());
            out.append("<article class=\"report\" id=\"").append(prefix).append("a").append(String.valueOf(n)).append("\"><h3>[")
                    .append(String.valueOf(n)).append("] ").append(esc(a.title() == null ? a.id() : a.title())).append("</h3>")
                    .append("<div class=\"meta\">").append(esc(a.outlet() == null ? "?" : a.outlet()));
            if (a.published() != null) {
                out.append(" · ").append(esc(a.published()));
                if (a.publishedInferred()) {
                    out.append(de ? " (erschlossen)" : " (inferred)");
                }
            }
            out.append(" · ").append(esc(a.source()));
            if (!a.syndicationGroup().equals(a.id()) && cite.contains(a.syndicationGroup())) {
                out.append(de ? " · Kopie von [" : " · copy of [").append(String.valueOf(cite.number(a.syndicationGroup()))).append(']');
            }
            out.append("</div>");
            String text = texts.get(a.id());
            if (text != null) {
                out.append(highlighted(text, marks.getOrDefault(a.id(), Map.of()), prefix + "a" + n));
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    /** Evidence spans per article: start offset to end offset, non-overlapping. */
    private static Map<String, Map<Integer, Integer>> evidenceMarks(StoryDigest d, Map<String, String> texts) {
        Map<String, Map<Integer, Integer>> marks = new HashMap<>();
        for (Fact f : d.facts()) {
            for (Evidence e : f.evidence()) {
                marks.computeIfAbsent(e.article(), k -> new TreeMap<>()).put(e.start(), e.end());
            }
        }
        List<String> others = new ArrayList<>();
        d.summary().forEach(s -> others.add(s.text()));
        d.disagreements().forEach(dis -> dis.positions().forEach(p -> others.add(p.text())));
        for (ArticleRef a : d.articles()) {
            String text = texts.get(a.id());
            if (text == null) {
                continue;
            }
            for (String sentence : others) {
                int at = text.indexOf(sentence);
                if (at >= 0) {
                    marks.computeIfAbsent(a.id(), k -> new TreeMap<>()).putIfAbsent(at, at + sentence.length());
                }
            }
            for (QuoteEntry q : d.quotes()) {
                if (q.article().equals(a.id())) {
                    marks.computeIfAbsent(a.id(), k -> new TreeMap<>()).putIfAbsent(q.start(), q.end());
                }
            }
        }
        marks.replaceAll((k, v) -> withoutOverlaps(v));
        return marks;
    }

    private static Map<Integer, Integer> withoutOverlaps(Map<Integer, Integer> spans) {
        Map<Integer, Integer> kept = new TreeMap<>();
        int lastEnd = -1;
        for (var e : spans.entrySet().stream().sorted(Comparator.comparingInt(Map.Entry::getKey)).toList()) {
            if (e.getKey() >= lastEnd) {
                kept.put(e.getKey(), e.getValue());
                lastEnd = e.getValue();
            }
        }
        return kept;
    }

    private static int locate(String text, String sentence, Map<Integer, Integer> marks) {
        if (text == null) {
            return -1;
        }
        int at = text.indexOf(sentence);
        return at >= 0 && marks != null && marks.containsKey(at) ? at : -1;
    }

    /** The mark containing an offset (a quote lies inside its evidence sentence), or -1. */
    private static int sentenceMark(Map<Integer, Integer> marks, int offset) {
        if (marks == null) {
            return -1;
        }
        for (var e : marks.entrySet()) {
            if (e.getKey() <= offset && offset < e.getValue()) {
                return e.getKey();
            }
        }
        return -1;
    }

    private static String citeLink(String prefix, String article, Citations cite, int evidenceStart) {
        int n = cite.number(article);
        String target = prefix + "a" + n + (evidenceStart >= 0 ? "-" + evidenceStart : "");
        return "<a class=\"cite\" href=\"#" + target + "\">[" + n + "]</a>";
    }

    private static String highlighted(String text, Map<Integer, Integer> marks, String idPrefix) {
        StringBuilder html = new StringBuilder("\n");
        int at = 0;
        for (var e : marks.entrySet()) {
            int start = e.getKey();
            int end = Math.min(e.getValue(), text.length());
            if (start < at || start >= text.length()) {
                continue;
            }
            html.append(esc(text.substring(at, start))).append("<mark id=\"").append(idPrefix).append('-').append(start)
                    .append("\">").append(esc(text.substring(start, end))).append("</mark>");
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
