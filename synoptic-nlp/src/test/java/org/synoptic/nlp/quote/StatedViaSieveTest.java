package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code stated-via} (stage {@code relay}): a quote inside a relative clause is not relayed by an outlet the text
 * names outside that clause.
 */
class StatedViaSieveTest {

    private static final String TEXT = "Die Ankündigung des Besuchs, der laut dem Ministerium „in den kommenden Tagen“ "
            + "beginnen soll, folgte auf einen Bericht des Senders CNN, der einen Diplomaten mit den Worten zitierte, "
            + "die Lage sei ernst.";

    private static Quote fragment(SieveOrder order) {
        return SieveCases.sourced(TEXT, order).stream().filter(Quote::direct).findFirst().orElseThrow();
    }

    @Test
    void noRelayFromOutsideTheClause() {
        Quote q = fragment(SieveOrder.standard());
        assertThat(q.speaker()).isEqualTo("Ministerium");
        assertThat(q.via()).isNull();
    }

    @Test
    void withoutTheSieveTheOutletOutsideRelays() {
        assertThat(fragment(SieveOrder.standard().without("stated-via")).via()).isEqualTo("CNN");
    }
}
