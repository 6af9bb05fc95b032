package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Objects;
import org.synoptic.model.Article;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.CitedSourceExtractor;
import org.synoptic.nlp.QuoteExtractor;
import org.synoptic.nlp.source.RuleCitedSourceExtractor;

/**
 * The quotes and the cited sources of one article, read together: what {@code ArticleAnalyzer} asks of the quote and
 * cited-source extractors. Immutable.
 *
 * <p>Design decision: the rule-based extractors read one {@link ArticleContext} per article between them (tokens of
 * every sentence, the mention index, quote spans), and the cited sources that {@link SourcedQuoteExtractor} reads to
 * name speakers are the ones returned, not a second reading. Other extractors are asked one after the other, each
 * with the article, as before.
 */
public record Attributions(List<Quote> quotes, List<CitedSource> citedSources) {

    /** Copies both lists; neither may be {@code null}. */
    public Attributions {
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        citedSources = List.copyOf(Objects.requireNonNull(citedSources, "citedSources"));
    }

    /**
     * The quotes of {@code quotes} and the cited sources of {@code sources} for one article: from one context when
     * the quote extractor is a {@link SourcedQuoteExtractor} over the same cited-source extractor, or both extractors
     * are the rule-based ones; else each extractor reads the article on its own.
     */
    public static Attributions read(QuoteExtractor quotes, CitedSourceExtractor sources, Article article,
                                    List<Sentence> sentences, List<EntityMention> entities) {
        if (quotes instanceof SourcedQuoteExtractor sourced && sourced.cites(sources)) {
            return sourced.attributions(article, sentences, entities);
        }
        if (quotes instanceof RuleQuoteExtractor rules && sources instanceof RuleCitedSourceExtractor cited) {
            ArticleContext context = ArticleContext.of(article.text(), sentences, entities);
            return new Attributions(rules.extract(context), cited.extract(context));
        }
        return new Attributions(quotes.extract(article, sentences, entities),
                sources.extract(article, sentences, entities));
    }
}
