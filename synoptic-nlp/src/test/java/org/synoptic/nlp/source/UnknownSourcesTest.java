package org.synoptic.nlp.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.CitedSource;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;

/** Sources the gazetteer does not know: the cue pattern gives the name, the cue noun or the name's head the kind. */
class UnknownSourcesTest {

    private static List<CitedSource> sources(String text) {
        return RuleBasedExtractors.analyzer().analyze(Articles.of(text, null)).citedSources();
    }

    @Test
    void agencyNamedByItsCueNoun() {
        assertThat(sources("Das meldete die Agentur Quellwerk am Abend."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Quellwerk", SourceKind.AGENCY));
    }

    @Test
    void institutionAsSubjectOfAReportingVerb() {
        assertThat(sources("Wie der Senat mitteilte, bleibt die Brücke gesperrt."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Senat", SourceKind.GOVERNMENT));
    }

    @Test
    void englishWireAndChain() {
        assertThat(sources("The Harbour Ledger, citing two senior officials, reported that talks had stalled."))
                .extracting(CitedSource::name, CitedSource::kind, CitedSource::citedBy).containsExactly(
                        tuple("Harbour Ledger", SourceKind.OUTLET, null),
                        tuple("officials", SourceKind.ANONYMOUS, "Harbour Ledger"));
    }

    @Test
    void analystsFirm() {
        assertThat(sources("A Quarry Point Research analyst said the deal was too expensive."))
                .extracting(CitedSource::name, CitedSource::kind)
                .containsExactly(tuple("Quarry Point Research", SourceKind.EXPERT));
    }

    @Test
    void capitalisedOrdinaryWordsAreNoSource() {
        assertThat(sources("Die Zahlen stiegen, sagte er.")).isEmpty();
    }
}
