package org.synoptic.nlp.quote;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.RuleBasedExtractors;

/** Runs the quote extractor with a given sieve order on a text, with the standard analysis's sentences and names. */
final class SieveCases {

    private SieveCases() {
    }

    /**
     * The quotes of the full rule-based quote extraction (with the relay and source sieves of
     * {@link SourcedQuoteExtractor}) with the given sieve order on a text.
     */
    static List<Quote> sourced(String text, SieveOrder order) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        return new SourcedQuoteExtractor(new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard(), order),
                RuleBasedExtractors.citedSourceExtractor()).extract(a, analysis.sentences(), analysis.entities());
    }

    /**
     * As {@link #sourced(String, SieveOrder)}, with the analysis's entity mentions changed by {@code entities} first:
     * for a tagger's error that the rule-based names do not make (a part of an outlet's name tagged as a person).
     */
    static List<Quote> sourced(String text, SieveOrder order,
                               java.util.function.UnaryOperator<List<org.synoptic.model.EntityMention>> entities) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        return new SourcedQuoteExtractor(new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard(), order),
                RuleBasedExtractors.citedSourceExtractor()).extract(a, analysis.sentences(),
                entities.apply(analysis.entities()));
    }

    static List<Quote> quotes(String text, SieveOrder order) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        return new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard(), order)
                .extract(a, analysis.sentences(), analysis.entities());
    }
}
