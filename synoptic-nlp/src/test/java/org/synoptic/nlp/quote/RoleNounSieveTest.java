package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code role-noun}: "der Minister" takes the person introduced with that role. */
class RoleNounSieveTest {

    private static final String TEXT = "Verteidigungsminister Peter Lorenz besuchte am Montag die Truppe. Der Minister "
            + "sagte, die Lage sei ernst.";

    @Test
    void theRoleIsThePersonIntroducedWithIt() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Peter Lorenz", "role-noun"));
    }

    @Test
    void withoutTheSieveTheRoleStaysARole() {
        assertThat(SieveCases.quotes(TEXT, SieveOrder.standard().without("role-noun")))
                .extracting(Quote::speaker).containsExactly("Minister");
    }
}
