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
 * is itself boilerplate, a credit, caption or teaser by the standard {@link ContentRoles} rules is never chosen, and
 * only content sentences count as the reports' terms. When no title qualifies, the first article's first content
 * sentence is the headline (an extract, like every title), or its id when it has none. Stateless and thread-safe.
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
                if (a.title() != null) {
                    terms.addAll(SentenceVectors.terms(analyzer, a.title()));
                }
                terms.forEach(t -> reportsWithTerm.merge(t, 1, Integer::sum));
            }
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Article a : articles) {
                String title = a.title();
                if (title == null || contentRoles.roleOfLine(title, a.outlet()) != ContentRole.CONTENT) {
                    continue;
                }
                title = cut(title, a.outlet());
                List<String> terms = SentenceVectors.terms(analyzer, title);
                if (terms.isEmpty()) {
                    continue;
                }
                double score = terms.stream().mapToInt(t -> reportsWithTerm.getOrDefault(t, 0)).average().orElse(0)
                        + (a.inferred().contains("title") ? -articles.size() : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = title;
                }
            }
            return best != null ? best : lead(articles.get(0));
        }
    }

    private String contentText(Article a) {
        return ContentRoles.contentText(a.text(), contentRoles.assign(a, SentenceSplitter.ruleBased().split(a.text())));
    }

    private String lead(Article a) {
        return contentRoles.assign(a, SentenceSplitter.ruleBased().split(a.text())).stream()
                .filter(Sentence::isContent).map(Sentence::text).filter(t -> t.length() <= MAX_LEAD_HEADLINE)
                .findFirst().orElse(a.id());
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
