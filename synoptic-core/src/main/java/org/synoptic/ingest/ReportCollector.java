package org.synoptic.ingest;

import java.util.ArrayList;
import java.util.List;
import org.synoptic.model.Article;

/** A sink that keeps everything it is given, for an {@link IngestReport}. Not thread-safe: one per batch. */
final class ReportCollector implements ArticleSink {

    private final List<Article> articles = new ArrayList<>();
    private final List<ArticleOrigin> origins = new ArrayList<>();
    private final List<InputOutcome> outcomes = new ArrayList<>();

    @Override
    public void article(Article article, ArticleOrigin origin) {
        articles.add(article);
        origins.add(origin);
    }

    @Override
    public void outcome(InputOutcome outcome) {
        outcomes.add(outcome);
    }

    IngestReport report() {
        return new IngestReport(articles, outcomes, origins);
    }
}
