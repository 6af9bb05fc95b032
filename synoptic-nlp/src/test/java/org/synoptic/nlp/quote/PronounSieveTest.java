package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code pronoun}: "Er sagte …" takes the nearest fitting person before it. */
class PronounSieveTest {

    private static final String TEXT = "Verteidigungsminister Peter Lorenz besuchte die Truppe. Er sagte später, dass "
            + "die Armee bereit sei, mehr Übungen abzuhalten.";

    @Test
    void thePronounIsThePersonBefore() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Peter Lorenz", "pronoun"));
    }

    @Test
    void withoutTheSieveThePronounStaysAPronoun() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard().without("pronoun")))
                .extracting(Quote::speaker).containsExactly("Er");
    }
}
