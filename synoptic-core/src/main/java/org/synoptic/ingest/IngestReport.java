package org.synoptic.ingest;

import java.util.List;
import java.util.Optional;
import org.synoptic.model.Article;

/**
 * The result of reading a batch of inputs: the articles, in input order with unique ids, the outcome of every
 * input, and for every article its {@link ArticleOrigin} (original text, offset alignment, language confidence).
 *
 * @param articles the articles read
 * @param outcomes one per input, or per part of a multi-article input that was rejected
 * @param origins  one per article, in the same order; empty for reports built without them
 */
public record IngestReport(List<Article> articles, List<InputOutcome> outcomes, List<ArticleOrigin> origins) {

    public IngestReport {
        articles = List.copyOf(articles);
        outcomes = List.copyOf(outcomes);
        origins = List.copyOf(origins);
    }

    /** A report without origins. */
    public IngestReport(List<Article> articles, List<InputOutcome> outcomes) {
        this(articles, outcomes, List.of());
    }

    /** The rejected inputs, each with its reason. */
    public List<InputOutcome> rejected() {
        return outcomes.stream().filter(o -> o.status() == InputOutcome.Status.REJECTED).toList();
    }

    /** The origin of the article with the given id. */
    public Optional<ArticleOrigin> origin(String articleId) {
        return origins.stream().filter(o -> o.articleId().equals(articleId)).findFirst();
    }
}
