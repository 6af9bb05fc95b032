package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code relative-pronoun} (stage {@code clause}): "ein Pfarrer aus Rostock, der alle Zuhörer aufforderte, …": the
 * relative pronoun speaks for its antecedent; the speaker keeps the antecedent's name and takes the pronoun's offsets.
 */
class RelativePronounSieveTest {

    private static final String TEXT = "Während der Sendung wurde ein Pfarrer aus Rostock zugeschaltet, der alle "
            + "Zuhörer aufforderte, nicht mehr Kohle zu kaufen.";

    @Test
    void thePronounStandsInForItsAntecedent() {
        Quote q = SieveCases.quotes(TEXT, SieveOrder.standard()).get(0);
        assertThat(q.speaker()).isEqualTo("Pfarrer aus Rostock");
        assertThat(TEXT.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("der");
        assertThat(q.provenance().sieve()).isEqualTo("relative-pronoun");
    }

    @Test
    void withoutTheSieveTheAntecedentSpeaksWhereItStands() {
        Quote q = SieveCases.quotes(TEXT, SieveOrder.standard().without("relative-pronoun")).get(0);
        assertThat(q.speaker()).isEqualTo("Pfarrer aus Rostock");
        assertThat(TEXT.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("ein Pfarrer aus Rostock");
        assertThat(q.provenance().sieve()).isEqualTo("clause");
    }

    @Test
    void aReportingVerbAfterTheRelativeClauseIsNoneOfIts() {
        String text = "Die Frauenrechtlerin Henrike Maalsen, die am Montag die Reform lobte, sagte, sie komme zu spät.";
        assertThat(SieveCases.quotes(text, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Henrike Maalsen", "clause"));
    }
}
