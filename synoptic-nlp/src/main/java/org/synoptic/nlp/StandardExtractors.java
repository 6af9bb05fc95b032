package org.synoptic.nlp;

import org.synoptic.nlp.entity.CoreNlpEntityExtractor;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.quote.SourcedQuoteExtractor;
import org.synoptic.text.SentenceSplitter;

/**
 * Synoptic's standard deep tier: CoreNLP's German NER corrected by our gazetteer rules, with the rule-based
 * quote, cited-source and time extractors of {@link RuleBasedExtractors} on top.
 *
 * <p>Every extractor here is a shared, thread-safe singleton. The CoreNLP model (about 0.3 GB of heap) loads on the
 * first German article, not when this class loads; English articles use the rule-based entity extractor.
 */
public final class StandardExtractors {

    private static final class Holder {
        static final EntityExtractor ENTITIES =
                new CoreNlpEntityExtractor(Gazetteer.standard(), RuleBasedExtractors.entityExtractor());
        static final QuoteExtractor QUOTES = new SourcedQuoteExtractor(RuleBasedExtractors.quoteExtractor(),
                RuleBasedExtractors.citedSourceExtractor());
        static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(SentenceSplitter.ruleBased(), ENTITIES, QUOTES,
                RuleBasedExtractors.citedSourceExtractor(), RuleBasedExtractors.timeTagger());
    }

    private StandardExtractors() {
    }

    /** The standard analyzer. */
    public static ArticleAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The rule-based quote extractor, with cited sources as speakers where it names none. */
    public static QuoteExtractor quoteExtractor() {
        return Holder.QUOTES;
    }

    /** The cited-source extractor of the standard analyzer. */
    public static CitedSourceExtractor citedSourceExtractor() {
        return RuleBasedExtractors.citedSourceExtractor();
    }

    /** The time tagger of the standard analyzer. */
    public static TimeTagger timeTagger() {
        return RuleBasedExtractors.timeTagger();
    }

    /** CoreNLP German NER plus gazetteer rules; rule-based for other languages. */
    public static EntityExtractor entityExtractor() {
        return Holder.ENTITIES;
    }
}
