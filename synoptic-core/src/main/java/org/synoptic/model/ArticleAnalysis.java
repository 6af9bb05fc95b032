package org.synoptic.model;

import java.util.List;
import java.util.Objects;

/**
 * The deep tier's reading of one article: its sentences and everything extracted from them.
 *
 * <p>Produced by {@code org.synoptic.nlp.ArticleAnalyzer}. All lists are immutable and ordered by offset.
 */
public record ArticleAnalysis(Article article, List<Sentence> sentences, List<EntityMention> entities,
                              List<Quote> quotes, List<CitedSource> citedSources, List<TimeExpression> times) {

    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        citedSources = List.copyOf(citedSources);
        times = List.copyOf(times);
    }

    /** The sentence containing the offset, or {@code null} when the offset lies between sentences. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
