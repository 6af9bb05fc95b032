package org.synoptic.digest.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigest.ArticleRef;
import org.synoptic.digest.StoryDigest.Evidence;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.Position;
import org.synoptic.digest.StoryDigest.QuoteEntry;

/**
 * The evidence spans of a story in its reports' texts, each with the items it is evidence of: facts ({@code f1},
 * {@code f2} …), quotes ({@code q1} …) and disagreements ({@code d1} …). Spans never overlap: of two overlapping
 * spans the earlier stays and takes the other's items too.
 *
 * <p>The HTML writer wraps each span in a {@code <mark>} whose classes name its items, so that the page highlights
 * only the evidence of the item in focus. Immutable once built.
 */
final class EvidenceMarks {

    /** A span of a report's text and the items it is evidence of. */
    record Span(int start, int end, Set<String> items) {
    }

    private final Map<String, TreeMap<Integer, Span>> byArticle = new HashMap<>();

    EvidenceMarks(StoryDigest d, Map<String, String> texts) {
        Map<String, List<Span>> raw = new HashMap<>();
        for (int i = 0; i < d.facts().size(); i++) {
            for (Evidence e : d.facts().get(i).evidence()) {
                raw.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(new Span(e.start(), e.end(), Set.of("f" + (i + 1))));
            }
        }
        for (int i = 0; i < d.quotes().size(); i++) {
            QuoteEntry q = d.quotes().get(i);
            raw.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(new Span(q.start(), q.end(), Set.of("q" + (i + 1))));
        }
        for (ArticleRef a : d.articles()) {
            String text = texts.get(a.id());
            if (text == null) {
                continue;
            }
            for (int i = 0; i < d.disagreements().size(); i++) {
                for (Position p : d.disagreements().get(i).positions()) {
                    if (p.articles().contains(a.id())) {
                        int at = text.indexOf(p.text());
                        if (at >= 0) {
                            raw.computeIfAbsent(a.id(), k -> new ArrayList<>())
                                    .add(new Span(at, at + p.text().length(), Set.of("d" + (i + 1))));
                        }
                    }
                }
            }
            for (var s : d.summary()) {
                int at = s.citations().contains(a.id()) ? text.indexOf(s.text()) : -1;
                if (at >= 0) {
                    raw.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Span(at, at + s.text().length(), Set.of()));
                }
            }
        }
        raw.forEach((article, spans) -> byArticle.put(article, withoutOverlaps(spans, texts.get(article))));
    }

    private static TreeMap<Integer, Span> withoutOverlaps(List<Span> spans, String text) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        TreeMap<Integer, Span> kept = new TreeMap<>();
        Span last = null;
        for (Span s : sorted) {
            if (text != null && (s.start() < 0 || s.start() >= text.length())) {
                continue;
            }
            if (last != null && s.start() < last.end()) {
                Set<String> items = new LinkedHashSet<>(last.items());
                items.addAll(s.items());
                last = new Span(last.start(), last.end(), items);
                kept.put(last.start(), last);
            } else {
                last = s;
                kept.put(s.start(), s);
            }
        }
        return kept;
    }

    /** The spans of an article by start offset (empty when it has none). */
    Map<Integer, Span> of(String article) {
        return byArticle.getOrDefault(article, new TreeMap<>());
    }

    /** The start of the span that contains {@code offset} in an article, or -1. */
    int containing(String article, int offset) {
        var entry = byArticle.getOrDefault(article, new TreeMap<>()).floorEntry(offset);
        return entry != null && offset < entry.getValue().end() ? entry.getKey() : -1;
    }

    /** The start of the span where {@code sentence} stands in an article's text, or -1. */
    int locate(String article, String text, String sentence) {
        if (text == null) {
            return -1;
        }
        int at = text.indexOf(sentence);
        return at >= 0 ? containing(article, at) : -1;
    }

    /** The text of the span starting at {@code start}, or {@code null}. */
    String textAt(String article, String text, int start) {
        Span s = of(article).get(start);
        return s == null || text == null ? null : text.substring(s.start(), Math.min(s.end(), text.length()));
    }
}
