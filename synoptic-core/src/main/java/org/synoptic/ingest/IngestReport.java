package org.synoptic.ingest;

import java.util.List;
import org.synoptic.model.Article;

/**
 * The result of reading a batch of inputs: the articles, in input order with unique ids, and the outcome of every
 * input.
 */
public record IngestReport(List<Article> articles, List<InputOutcome> outcomes) {

    public IngestReport {
        articles = List.copyOf(articles);
        outcomes = List.copyOf(outcomes);
    }

    /** The rejected inputs, each with its reason. */
    public List<InputOutcome> rejected() {
        return outcomes.stream().filter(o -> o.status() == InputOutcome.Status.REJECTED).toList();
    }
}
