package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The sieve order is configuration: read from speaker-sieves.tsv, checked, and changeable. */
class SieveOrderTest {

    @Test
    void theStandardOrderNamesEverySieveOnce() {
        SieveOrder order = SieveOrder.standard();
        assertThat(order.clause()).containsExactly("relay", "relative-pronoun");
        assertThat(order.reference()).containsExactly("stance-subject", "previous-speaker", "unresolvable", "pronoun",
                "outlet-noun", "role-noun");
        assertThat(order.fill()).containsExactly("split-quote", "enclosing-statement", "reported-around",
                "opening-subject", "pronoun-subject");
        assertThat(order.reference().size() + order.fill().size()).isEqualTo(SieveOrder.IDS.size());
        assertThat(order.clause()).hasSameSizeAs(SieveOrder.CLAUSE_IDS);
        assertThat(order.relay()).containsExactly("laut-sagte", "clause-subject", "report-noun", "stated-via");
        assertThat(order.source()).containsExactly("cited-source");
    }

    @Test
    void anUnknownSieveOrStageIsAnErrorThatSaysWhich() {
        assertThatThrownBy(() -> SieveOrder.parse("reference\tpronoun\nfill\tcoin-toss"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coin-toss");
        assertThatThrownBy(() -> SieveOrder.parse("# order\nfirst\tpronoun"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        // a clause sieve is no reference sieve, and the other way round
        assertThatThrownBy(() -> SieveOrder.parse("reference\trelay"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relay");
        assertThatThrownBy(() -> SieveOrder.parse("clause\tpronoun"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pronoun");
        assertThatThrownBy(() -> SieveOrder.parse("source\trelay"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relay");
    }

    @Test
    void theOrderDecides() {
        // the role noun read before the pronoun or after it gives the same speaker here, but without both sieves
        // the speaker stays the word in the text
        String text = "Verteidigungsminister Peter Lorenz besuchte am Montag die Truppe. Der Minister sagte, die Lage "
                + "sei ernst.";
        SieveOrder reordered = SieveOrder.parse("reference\trole-noun\nreference\tpronoun\nfill\tsplit-quote");
        assertThat(SieveCases.quotes(text, reordered)).extracting(q -> q.speaker()).containsExactly("Peter Lorenz");
        assertThat(SieveCases.quotes(text, reordered.without("role-noun"))).extracting(q -> q.speaker())
                .containsExactly("Minister");
    }
}
