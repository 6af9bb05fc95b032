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

    @Test
    void theOutletsOwnReportingInTheFirstPersonIsNoSpeaker() {
        String own = "Nach unseren Informationen wurden bei dem Brand neun Menschen verletzt.";
        assertThat(SieveCases.sourced(own, SieveOrder.standard())).extracting(Quote::speaker)
                .containsOnlyNulls();
        assertThat(SieveCases.sourced(own, SieveOrder.standard().without("report-noun"))).extracting(Quote::speaker)
                .containsExactly("Unsere Informationen");
        assertThat(ReportNounSieve.ownReporting("Unsere Informationen")).isTrue();
        assertThat(ReportNounSieve.ownReporting("Informationen unserer Redaktion")).isTrue();
        assertThat(ReportNounSieve.ownReporting("Unser Korrespondent Jan Ruf")).isFalse();
        assertThat(ReportNounSieve.ownReporting("Informationen der Polizei")).isFalse();
    }
}
