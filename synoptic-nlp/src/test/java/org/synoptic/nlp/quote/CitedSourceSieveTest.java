package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * {@code cited-source} (stage {@code source}): a quote the quote rules left without a speaker takes the source its
 * sentence cites ("hieß es aus der Feuerwehr"); a source inside the quoted words is not who says them.
 */
class CitedSourceSieveTest {

    private static final String TEXT = "„Wir haben alles versucht“, hieß es aus der Feuerwehr Rostock.";

    private static List<Quote> quotes(String text, SieveOrder order) {
        return SieveCases.sourced(text, order);
    }

    @Test
    void theCitedSourceOfTheSentenceSpeaks() {
        assertThat(quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().finder(), q -> q.provenance().sieve())
                .containsExactly(tuple("Feuerwehr", "direct", "cited-source"));
    }

    @Test
    void withoutTheSieveTheQuoteHasNoSpeaker() {
        assertThat(quotes(TEXT, SieveOrder.standard().without("cited-source")))
                .extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void aSourceNamedInsideTheQuotedWordsIsNotTheSpeaker() {
        String text = "„Laut der Feuerwehr Rostock war das Haus nicht zu retten“, stand auf dem Zettel.";
        assertThat(quotes(text, SieveOrder.standard()))
                .filteredOn(Quote::direct)
                .extracting(q -> q.provenance() == null ? null : q.provenance().sieve())
                .doesNotContain("cited-source");
    }
}
