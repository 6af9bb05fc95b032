package org.synoptic.ingest;

import java.util.HashMap;
import java.util.Map;
import org.synoptic.model.Article;

/**
 * A sink that makes article ids unique within a batch, by appending {@code -2}, {@code -3} to a repeated id, and
 * counts the articles, before passing them on. Holds one counter per distinct id. Not thread-safe: one per batch.
 */
final class UniqueIds implements ArticleSink {

    private final ArticleSink downstream;
    private final Map<String, Integer> idCounts = new HashMap<>();
    private int articles;

    UniqueIds(ArticleSink downstream) {
        this.downstream = downstream;
    }

    @Override
    public void article(Article article, ArticleOrigin origin) {
        int seen = idCounts.merge(article.id(), 1, Integer::sum);
        String id = seen == 1 ? article.id() : article.id() + "-" + seen;
        articles++;
        downstream.article(seen == 1 ? article : article.withId(id), origin.withArticleId(id));
    }

    @Override
    public void outcome(InputOutcome outcome) {
        downstream.outcome(outcome);
    }

    /** How many articles have passed. */
    int articles() {
        return articles;
    }
}
