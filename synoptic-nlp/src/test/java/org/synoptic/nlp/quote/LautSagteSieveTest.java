package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code laut-sagte} (stage {@code relay}): "Laut X sagte Y, …": Y speaks, X relays. */
class LautSagteSieveTest {

    private static final String TEXT = "Der Kreistag hatte am Dienstag getagt. Laut Nordkurier sagte Landrat Jonas "
            + "Petersen, die Verhandlungen würden zügig fortgesetzt.";

    @Test
    void thePersonAfterTheVerbSpeaksThroughTheOutlet() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                .containsExactly(tuple("Jonas Petersen", "Nordkurier", "relay-resolver"));
    }

    @Test
    void withoutTheSieveTheRelayIsNotStated() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard().without("laut-sagte")))
                .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                .containsExactly(tuple("Jonas Petersen", null, "clause"));
    }
}
