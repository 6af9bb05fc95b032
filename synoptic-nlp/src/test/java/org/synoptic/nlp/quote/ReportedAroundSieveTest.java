package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code reported-around}: a quote inside the Konjunktiv sentence after a speaker's words goes on reporting them. */
class ReportedAroundSieveTest {

    private static final String TEXT = "Renate Künast sagte am Montag, es müsse schnell gehandelt werden. Es drohe "
            + "„eine dramatische und unumkehrbare Erderwärmung in ganz Europa“.";

    @Test
    void theQuoteSpeaksWithTheReportBefore() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Renate Künast", "clause"), tuple("Renate Künast", "reported-around"));
    }

    @Test
    void withoutTheSieveTheQuoteHasNoSpeaker() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard().without("reported-around")))
                .extracting(Quote::speaker).containsExactly("Renate Künast", null);
    }
}
