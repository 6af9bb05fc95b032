package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code outlet-noun}: "die Zeitung", "das Blatt" take the outlet named before. */
class OutletNounSieveTest {

    private static final String TEXT = "Die Zeitung „Le Monde“ berichtete am Montag über den Streit. Die Zeitung "
            + "schrieb, der Minister wolle zurücktreten.";

    @Test
    void theNounIsTheOutletBefore() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Le Monde", "outlet-noun"));
    }

    @Test
    void withoutTheSieveTheNounStaysANoun() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard().without("outlet-noun")))
                .extracting(Quote::speaker).containsExactly("Zeitung");
    }
}
