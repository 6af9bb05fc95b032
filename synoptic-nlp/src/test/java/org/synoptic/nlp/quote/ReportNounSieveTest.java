package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code report-noun} (stage {@code relay}): a report is where the words were read, not who said them; a statement
 * attributed to "dem Bericht" whose sentence names no source keeps no speaker.
 */
class ReportNounSieveTest {

    private static final String TEXT = "Die Firma wolle in Bremen 500 Stellen streichen, heißt es in dem Bericht.";

    @Test
    void aReportNamingNoSourceIsNoSpeaker() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard())).extracting(Quote::speaker)
                .containsExactly((String) null);
    }

    @Test
    void withoutTheSieveTheReportSpeaks() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard().without("report-noun")))
                .extracting(Quote::speaker).containsExactly("Bericht");
    }
}
