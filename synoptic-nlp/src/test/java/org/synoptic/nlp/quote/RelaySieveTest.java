package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code relay} (stage {@code clause}): "unter Berufung auf Regierungskreise" makes the one relied on the speaker and
 * the subject that reported the channel, before and after the reported clause.
 */
class RelaySieveTest {

    private static final String VERB_FIRST = "Die Zeitung Nordkurier berichtete unter Berufung auf Regierungskreise, "
            + "der Minister wolle zurücktreten.";
    private static final String CLAUSE_FIRST = "Der Minister wolle zurücktreten, berichtete die Zeitung Nordkurier "
            + "unter Berufung auf Regierungskreise.";

    @Test
    void theOneReliedOnSpeaksThroughTheSubject() {
        for (String text : new String[]{VERB_FIRST, CLAUSE_FIRST}) {
            assertThat(SieveCases.quotes(text, SieveOrder.standard()))
                    .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                    .containsExactly(tuple("Regierungskreise", "Zeitung Nordkurier", "relay"));
        }
    }

    @Test
    void aNamedPersonReliedOnKeepsTheWordsBeforeTheName() {
        String text = VERB_FIRST.replace("Regierungskreise", "den Sprecher Jonas Wettrup");
        Quote q = SieveCases.quotes(text, SieveOrder.standard()).get(0);
        assertThat(q.speaker()).isEqualTo("Jonas Wettrup");
        assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("den Sprecher Jonas Wettrup");
        assertThat(q.via()).isEqualTo("Zeitung Nordkurier");
    }

    @Test
    void withoutTheSieveTheReportingSubjectSpeaks() {
        for (String text : new String[]{VERB_FIRST, CLAUSE_FIRST}) {
            assertThat(SieveCases.quotes(text, SieveOrder.standard().without("relay")))
                    .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                    .containsExactly(tuple("Zeitung Nordkurier", null, "clause"));
        }
    }

    @Test
    void aClauseRelyingOnNoOneIsLeftAlone() {
        String text = "Die Zeitung Nordkurier berichtete am Montag, der Minister wolle zurücktreten.";
        assertThat(SieveCases.quotes(text, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Zeitung Nordkurier", "clause"));
    }
}
