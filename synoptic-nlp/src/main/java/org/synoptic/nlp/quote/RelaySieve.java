package org.synoptic.nlp.quote;

import java.util.List;
import org.synoptic.model.Quote;
import org.synoptic.nlp.text.Token;

/**
 * One named rule of the second reading of relayed reports ({@link RelayResolver#revised}): it may correct the speaker
 * or the relay ({@code via}) of a quote after {@link SpeakerResolver}. The relay sieves run each in turn on the quote
 * as the one before left it, in the configured order ({@link SieveOrder#relay()}, stage {@code relay} of
 * {@code speaker-sieves.tsv}). A change of speaker is recorded as {@code relay-resolver} in the provenance, as it was
 * before these rules were sieves, so that the output stayed the same.
 */
interface RelaySieve {

    /** The sieve's id in {@code speaker-sieves.tsv}. */
    String id();

    /** The quote as this sieve leaves it: {@code q} itself when it does not apply. */
    Quote decide(Round in, Quote q);

    /**
     * What a relay sieve sees of one quote: the article, its outlet ({@code null} when unknown), the tokens of the
     * quote's sentence, and all the article's quotes as the speaker sieves left them.
     */
    record Round(ArticleContext article, String outlet, List<Token> tokens, List<Quote> all) {
    }

    /** The sieve an id of {@link SieveOrder#RELAY_IDS} names. */
    static RelaySieve of(String id) {
        return switch (id) {
            case "laut-sagte" -> new LautSagteSieve();
            case "clause-subject" -> new ClauseSubjectSieve();
            case "report-noun" -> new ReportNounSieve();
            case "stated-via" -> new StatedViaSieve();
            default -> throw new IllegalArgumentException("no relay sieve is called '" + id + "'");
        };
    }
}
