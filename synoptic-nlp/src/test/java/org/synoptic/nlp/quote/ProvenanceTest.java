package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** Every quote says which finder found it and which sieve decided its speaker. */
class ProvenanceTest {

    private static List<Quote> quotes(String text) {
        List<Quote> quotes = RuleQuoteExtractorTest.quotes(text);
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.provenance()).as(q.text()).isNotNull();
            assertThat(q.provenance().sieve() == null).as(q.text()).isEqualTo(q.speaker() == null);
        });
        return quotes;
    }

    @Test
    void theReportingClauseDecides() {
        assertThat(quotes("Verteidigungsminister Peter Lorenz sagte am Montag, die Lage sei ernst."))
                .extracting(Quote::speaker, q -> q.provenance().finder(), q -> q.provenance().sieve())
                .containsExactly(tuple("Peter Lorenz", "reported-clause", "clause"));
    }

    @Test
    void aPronounIsResolvedByThePronounSieve() {
        assertThat(quotes("Verteidigungsminister Peter Lorenz besuchte die Truppe. Er sagte später, dass die Armee "
                + "bereit sei, mehr Übungen abzuhalten.")).extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Peter Lorenz", "pronoun"));
    }

    @Test
    void aDirectQuoteAndItsContinuation() {
        assertThat(quotes("„Wir sind bereit“, sagte Verteidigungsminister Peter Lorenz am Montag. Die Lage an der "
                + "Grenze sei ernst.")).extracting(q -> q.provenance().finder(), q -> q.provenance().sieve())
                .containsExactly(tuple("direct", "clause"), tuple("continuation", "previous-speaker"));
    }

    @Test
    void unterBerufungAufIsTheRelaySieve() {
        assertThat(quotes("Unter Berufung auf Regierungskreise berichtete die Zeitung Le Monde, der Minister wolle "
                + "zurücktreten.")).extracting(Quote::speaker, q -> q.provenance().sieve())
                .containsExactly(tuple("Regierungskreise", "relay"));
    }

    @Test
    void noSpeakerNoSieve() {
        assertThat(quotes("Die Lage an der Grenze sei ernst, hieß es am Montag.")).allSatisfy(q ->
                assertThat(q.provenance().sieve()).isNull());
    }
}
