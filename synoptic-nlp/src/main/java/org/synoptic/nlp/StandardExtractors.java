package org.synoptic.nlp;

import org.synoptic.nlp.entity.CoreNlpEntityExtractor;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.time.CombinedTimeTagger;
import org.synoptic.nlp.time.HeidelTimeTagger;
import org.synoptic.text.SentenceSplitter;

/**
 * Synoptic's standard deep tier: CoreNLP's German NER corrected by our gazetteer rules, the rule-based quote and
 * cited-source extractors of {@link RuleBasedExtractors}, and our time rules combined with HeidelTime.
 *
 * <p>Every extractor here is a shared, thread-safe singleton. The CoreNLP model (about 0.3 GB of heap) loads on the
 * first German article, not when this class loads; English articles use the rule-based entity extractor.
 */
public final class StandardExtractors {

    private static final class Holder {
        static final EntityExtractor ENTITIES =
                new CoreNlpEntityExtractor(Gazetteer.standard(), RuleBasedExtractors.entityExtractor());
        static final QuoteExtractor QUOTES = RuleBasedExtractors.quoteExtractor();
        static final TimeTagger TIMES = new CombinedTimeTagger(RuleBasedExtractors.timeTagger(), new HeidelTimeTagger());
        static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(SentenceSplitter.ruleBased(), ENTITIES, QUOTES,
                RuleBasedExtractors.citedSourceExtractor(), TIMES);
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

    /**
     * Our time rules with HeidelTime for what they miss ({@link CombinedTimeTagger}). HeidelTime's German and English
     * engines load on their first article (a few seconds each).
     */
    public static TimeTagger timeTagger() {
        return Holder.TIMES;
    }

    /** CoreNLP German NER plus gazetteer rules; rule-based for other languages. */
    public static EntityExtractor entityExtractor() {
        return Holder.ENTITIES;
    }
}
