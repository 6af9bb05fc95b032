package org.synoptic.ingest;

import org.synoptic.model.Article;

/**
 * Receives what {@link ArticleParser} and {@link ArticleIngester} read, as they read it: each article with its
 * origin, and each outcome (a rejected part of an input, such as one line of a JSON-lines file, as soon as it is
 * found; an input's own outcome when the input ends). Called on the reading thread, in input order. Bad input never
 * reaches a sink as an exception; an unchecked exception a sink throws (its store failed) ends the read and reaches
 * the caller, the files opened for it closed. Streaming through a sink is what keeps memory bounded for an input of any size: nothing is collected
 * unless the sink collects it.
 */
public interface ArticleSink {

    /** An article read, with where its text came from. */
    void article(Article article, ArticleOrigin origin);

    /** The outcome of an input or of a rejected part of one. */
    void outcome(InputOutcome outcome);
}
