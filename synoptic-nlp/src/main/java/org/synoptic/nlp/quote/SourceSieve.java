package org.synoptic.nlp.quote;

import java.util.List;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;

/**
 * One named rule that gives a quote still without a speaker, after {@link SpeakerResolver} and the relay rules, a
 * speaker from the cited sources of its article ({@link SourcedQuoteExtractor}). The sieves run each in turn, in the
 * configured order ({@link SieveOrder#source()}, stage {@code source} of {@code speaker-sieves.tsv}).
 */
interface SourceSieve {

    /**
     * The quote with the speaker this sieve decides, its id recorded with {@link Quote#decidedBy}; {@code null} when
     * the sieve does not apply. {@code speaking} are the article's cited sources that may speak (no report nouns).
     */
    Quote decide(Quote q, List<Sentence> sentences, List<CitedSource> speaking);

    /** The sieve an id of {@link SieveOrder#SOURCE_IDS} names. */
    static SourceSieve of(String id) {
        return switch (id) {
            case "cited-source" -> new CitedSourceSieve();
            default -> throw new IllegalArgumentException("no source sieve is called '" + id + "'");
        };
    }
}
