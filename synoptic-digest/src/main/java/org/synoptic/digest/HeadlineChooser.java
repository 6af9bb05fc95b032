package org.synoptic.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.synoptic.model.Article;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.SentenceSplitter;

/**
 * Chooses the story's headline: the article title (given titles before inferred ones) whose terms occur in the
 * most reports' content, averaged over its terms; outlet suffixes ("… - Kurier", "… | Kurier") are cut. A title that
 * is itself boilerplate, a credit, caption or teaser by the standard {@link ContentRoles} rules, or an inferred title
 * that runs into such a sentence, is replaced by the article's first content sentence, ranked as an inferred title;
 * only content sentences count as the reports' terms. When no article has a candidate, the first article's first
 * content sentence is the headline, or its id when it has none. Stateless and thread-safe.
 */
public final class HeadlineChooser {

    private static final int MAX_LEAD_HEADLINE = 200;

    private final ContentRoles contentRoles;

    /** A chooser with the standard content rules. */
    public HeadlineChooser() {
        this(ContentRoles.standard());
    }

    /** A chooser with the given content rules (with a batch's learned boilerplate, for instance). */
    public HeadlineChooser(ContentRoles contentRoles) {
        this.contentRoles = java.util.Objects.requireNonNull(contentRoles);
    }

    /** Chooses among the articles' titles; {@code language} selects the stemmer. */
    public String choose(List<Article> articles, String language) {
        try (Analyzer analyzer = "en".equals(language) ? new EnglishAnalyzer() : new GermanAnalyzer()) {
            Map<String, Integer> reportsWithTerm = new HashMap<>();
            for (Article a : articles) {
                Set<String> terms = new HashSet<>(SentenceVectors.terms(analyzer, contentText(a)));
                if (a.title() != null && contentRoles.roleOfLine(a.title(), a.outlet()) == ContentRole.CONTENT) {
                    terms.addAll(SentenceVectors.terms(analyzer, a.title()));
                }
                terms.forEach(t -> reportsWithTerm.merge(t, 1, Integer::sum));
            }
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Article a : articles) {
                List<Sentence> sentences = contentRoles.assign(a, SentenceSplitter.ruleBased().split(a.text()));
                String title = a.title();
                boolean inferred = a.inferred().contains("title");
                if (title != null && !isContentTitle(title, a, sentences)) {
                    title = lead(a, sentences); // the report's own first sentence, ranked as an inferred title
                    inferred = true;
                }
                if (title == null) {
                    continue;
                }
                title = cut(title, a.outlet());
                List<String> terms = SentenceVectors.terms(analyzer, title);
                if (terms.isEmpty()) {
                    continue;
                }
                double score = terms.stream().mapToInt(t -> reportsWithTerm.getOrDefault(t, 0)).average().orElse(0)
                        + (inferred ? -articles.size() : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = title;
                }
            }
            if (best != null) {
                return best;
            }
            Article first = articles.get(0);
            String lead = lead(first, contentRoles.assign(first, SentenceSplitter.ruleBased().split(first.text())));
            return lead != null ? lead : first.id();
        }
    }

    /**
     * Whether a title is content: not itself a caption, credit, teaser or boilerplate, and, where it was inferred
     * from the text (a lead cut with "…"), not running into a sentence that is not content ("Reaktion auf Schelte
     * von EU und IWF. Der Volltext dieses …").
     */
    private boolean isContentTitle(String title, Article a, List<Sentence> sentences) {
        if (contentRoles.roleOfLine(title, a.outlet()) != ContentRole.CONTENT) {
            return false;
        }
        String stem = title.strip();
        while (stem.endsWith("…") || stem.endsWith(".")) {
            stem = stem.substring(0, stem.length() - 1).strip();
        }
        int at = stem.isEmpty() ? -1 : a.text().indexOf(stem);
        if (at < 0) {
            return true;
        }
        int end = at + stem.length();
        return sentences.stream().noneMatch(s -> !s.isContent() && s.start() < end && s.end() > at);
    }

    private String contentText(Article a) {
        return ContentRoles.contentText(a.text(), contentRoles.assign(a, SentenceSplitter.ruleBased().split(a.text())));
    }

    /** The article's first content sentence short enough for a headline, or {@code null}. */
    private static String lead(Article a, List<Sentence> sentences) {
        return sentences.stream().filter(Sentence::isContent).map(Sentence::text)
                .filter(t -> t.length() <= MAX_LEAD_HEADLINE).findFirst().orElse(null);
    }

    private static String cut(String title, String outlet) {
        String t = title.strip();
        for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
            int i = t.lastIndexOf(sep);
            if (i > 0 && t.length() - i <= 40 && (outlet == null || t.substring(i + sep.length()).strip().length() <= 40)) {
                String tail = t.substring(i + sep.length()).strip();
                if (outlet != null && tail.equalsIgnoreCase(outlet) || tail.split("\\s+").length <= 3 && i > 20) {
                    t = t.substring(0, i).strip();
                }
            }
        }
        return t;
    }
}
