package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.SieveFixture.candidate;
import static org.synoptic.nlp.quote.SieveFixture.lorenz;
import static org.synoptic.nlp.quote.SieveFixture.round;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code split-quote}: the second half of a quote split by its reporting clause takes the first half's speaker. */
class SplitQuoteSieveTest {

    @Test
    void theSecondHalfTakesTheFirstHalfsSpeaker() {
        Quote second = candidate("und wir bleiben es.", true, Quote.Kind.DIRECT);
        SpeakerSieve.Decision d = new SpeakerSieves.SplitQuote()
                .decide(round(second, null, lorenz(), true, Map.of(), List.of()), second);
        assertThat(d.sieve()).isEqualTo("split-quote");
        assertThat(d.quote().speaker()).isEqualTo("Peter Lorenz");
    }

    @Test
    void anIndirectStatementIsNotItsCase() {
        Quote indirect = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.SplitQuote()
                .decide(round(indirect, null, lorenz(), true, Map.of(), List.of()), indirect)).isNull();
    }
}
