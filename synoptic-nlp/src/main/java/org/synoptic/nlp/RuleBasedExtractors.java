package org.synoptic.nlp;

import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.entity.RuleEntityExtractor;
import org.synoptic.nlp.quote.RuleQuoteExtractor;
import org.synoptic.nlp.quote.SourcedQuoteExtractor;
import org.synoptic.nlp.source.RuleCitedSourceExtractor;
import org.synoptic.nlp.source.SourceLexicon;
import org.synoptic.nlp.time.RuleTimeTagger;
import org.synoptic.text.SentenceSplitter;

/**
 * Synoptic's rule-based German/English extractors, wired once: the default deep tier until the CoreNLP back-end
 * arrives.
 *
 * <p>Every extractor here is a shared, stateless, thread-safe singleton; their word lists load from the classpath
 * on first use of this class (about a second, mostly the German word list).
 */
public final class RuleBasedExtractors {

    private static final class Holder {
        static final EntityExtractor ENTITIES = new RuleEntityExtractor(Gazetteer.standard(), Lexicon.standard());
        static final CitedSourceExtractor SOURCES =
                new RuleCitedSourceExtractor(Gazetteer.standard(), Lexicon.standard(), SourceLexicon.standard());
        static final QuoteExtractor QUOTES = new SourcedQuoteExtractor(
                new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard()), SOURCES);
        static final TimeTagger TIMES = new RuleTimeTagger();
        static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(SentenceSplitter.ruleBased(), ENTITIES, QUOTES,
                SOURCES, TIMES);
    }

    private RuleBasedExtractors() {
    }

    /** The analyzer wired with the rule-based extractors below. */
    public static ArticleAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The rule-based entity extractor. */
    public static EntityExtractor entityExtractor() {
        return Holder.ENTITIES;
    }

    /** The rule-based quote extractor, with cited sources as speakers where it names none. */
    public static QuoteExtractor quoteExtractor() {
        return Holder.QUOTES;
    }

    /** The rule-based cited-source extractor. */
    public static CitedSourceExtractor citedSourceExtractor() {
        return Holder.SOURCES;
    }

    /** The rule-based time tagger. */
    public static TimeTagger timeTagger() {
        return Holder.TIMES;
    }
}
