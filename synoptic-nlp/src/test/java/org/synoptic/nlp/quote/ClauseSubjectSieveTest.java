package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code clause-subject} (stage {@code relay}): the subject opening a "wonach" clause speaks, not the object standing
 * right before its verb.
 */
class ClauseSubjectSieveTest {

    private static final String TEXT = "Die Nachrichtenagentur AFP zitierte zuvor Diplomatenkreise, wonach "
            + "Außenministerin Jana Kolbeck, die im Mai Oslo besucht hatte, Peter Lorenz vorgeschlagen habe, dass "
            + "beide Länder gemeinsame Manöver abhalten sollten.";

    @Test
    void theSubjectOpeningTheClauseSpeaks() {
        Quote q = SieveCases.sourced(TEXT, SieveOrder.standard()).get(0);
        assertThat(q.speaker()).isEqualTo("Jana Kolbeck");
        assertThat(TEXT.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Jana Kolbeck");
        assertThat(q.via()).isEqualTo("AFP");
        assertThat(q.provenance().sieve()).isEqualTo("relay-resolver");
    }

    @Test
    void withoutTheSieveTheObjectBeforeTheVerbSpeaks() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard().without("clause-subject")))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Peter Lorenz", "clause"));
    }
}
