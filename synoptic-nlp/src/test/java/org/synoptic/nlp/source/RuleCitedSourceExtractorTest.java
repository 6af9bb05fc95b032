package org.synoptic.nlp.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;

class RuleCitedSourceExtractorTest {

    private static List<CitedSource> sources(String text) {
        ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of(text, null));
        for (CitedSource c : a.citedSources()) {
            assertThat(c.sentence()).isBetween(0, a.sentences().size() - 1);
            assertThat(a.sentences().get(c.sentence()).start()).isLessThanOrEqualTo(c.start());
        }
        return a.citedSources();
    }

    @Test
    void chainOfOutletsCitingAnonymousOfficials() {
        List<CitedSource> s = sources("Der Hafen soll erweitert werden, berichteten die NYT und AP am Dienstag unter "
                + "Berufung auf namentlich nicht genannte Beamte.");
        assertThat(s).extracting(CitedSource::name, CitedSource::kind, CitedSource::citedBy).containsExactly(
                tuple("New York Times", SourceKind.OUTLET, null),
                tuple("Associated Press", SourceKind.AGENCY, null),
                tuple("Beamte", SourceKind.ANONYMOUS, "New York Times"));
    }

    @Test
    void aCompanyNamedAfterARegionIsTheCompanyNotTheRegion() {
        // "Liguria" alone is a region the gazetteer knows; the company's name runs on, and the product's tagger
        // (CoreNLP, as digests use it) reads the whole as one organisation
        String text = "Zwei Container hatten Batterien geladen, wie die Reederei Liguria Mar Linee bestätigte.";
        ArticleAnalysis tagged = org.synoptic.nlp.StandardExtractors.analyzer().analyze(Articles.of(text, null));
        assertThat(tagged.entities()).extracting(e -> e.text(), e -> e.type()).contains(
                tuple("Liguria Mar Linee", org.synoptic.model.EntityType.ORGANIZATION));
        assertThat(tagged.citedSources()).extracting(CitedSource::name, CitedSource::kind).containsExactly(
                tuple("Liguria Mar Linee", SourceKind.OTHER));
        // where the tagger saw the place alone, the place is the source, as before
        assertThat(sources(text)).extracting(CitedSource::name).containsExactly("Liguria");
    }

    @Test
    void aPressConferenceIsNoAgency() {
        assertThat(sources("“This is a marathon, not a sprint,” Voss said at a press conference on Saturday."))
                .extracting(CitedSource::name).doesNotContain("at a press", "press");
        for (String verb : List.of("said", "confirmed", "announced")) {
            assertThat(sources("The county council " + verb + " that the road would stay closed."))
                    .extracting(CitedSource::name, CitedSource::kind).as(verb).contains(tuple("county council",
                            SourceKind.GOVERNMENT));
        }
    }

    @Test
    void lautAndZufolge() {
        List<CitedSource> s = sources("Laut Reuters ist der Hafen zu. Dem Kreml zufolge bleibt er es.");
        assertThat(s).extracting(CitedSource::name, CitedSource::kind, CitedSource::sentence).containsExactly(
                tuple("Reuters", SourceKind.AGENCY, 0), tuple("Kreml", SourceKind.GOVERNMENT, 1));
    }

    @Test
    void agencyWithDescriptionAndOfficialsInACity() {
        List<CitedSource> s = sources("Das Schiff sei ausgelaufen, meldete die japanische Nachrichtenagentur Kyodo "
                + "unter Berufung auf Regierungsbeamte in Tokio.");
        assertThat(s).extracting(CitedSource::name, CitedSource::kind).containsExactly(
                tuple("Kyodo", SourceKind.AGENCY), tuple("Regierungsbeamte in Tokio", SourceKind.OFFICIAL));
    }

    @Test
    void spokespersonViaWieMitteilte() {
        List<CitedSource> s = sources("Der Zug fährt wieder, wie Maria Engel, Sprecherin der Bahn, mitteilte.");
        assertThat(s).extracting(CitedSource::name, CitedSource::kind, CitedSource::cue)
                .containsExactly(tuple("Maria Engel", SourceKind.OFFICIAL, "wie … mitteilte"));
    }

    @Test
    void englishCues() {
        List<CitedSource> s = sources("The port is closed, according to the BBC. Experts told Reuters it may reopen.");
        assertThat(s).extracting(CitedSource::name, CitedSource::citedBy).containsExactly(
                tuple("BBC", null), tuple("experts", "Reuters"), tuple("Reuters", null));
    }

    @Test
    void noCueNoSource() {
        assertThat(sources("Die New York Times hat einen neuen Chefredakteur.")).isEmpty();
    }

    @Test
    void aRoleBeforeItsPersonCitesThePerson() {
        // "Sprecherin" alone is a generic source; with the person it introduces, the person is the source
        assertThat(sources("Die Lage sei ruhig, sagte Reederei-Sprecherin Ieva Mockutė am Abend."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Ieva Mockutė", SourceKind.OFFICIAL));
        assertThat(sources("Die Lage sei ruhig, sagte eine Sprecherin am Abend."))
                .extracting(CitedSource::name).containsExactly("Sprecherin");
    }

    @Test
    void anInstitutionWithoutAProperName() {
        assertThat(sources("Nach Angaben der Küstenwache wurden alle 212 Passagiere in Sicherheit gebracht."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Küstenwache", SourceKind.GOVERNMENT));
    }

    @Test
    void englishSourcesOfAWireReport() {
        // "coast guard" written apart, an agency named before its noun, a company set off by commas
        assertThat(sources("The ship sank off Dover, the coast guard said. The road is shut, according to the Coast Guard."))
                .extracting(CitedSource::name).containsExactly("coast guard", "coast guard");
        assertThat(sources("The Weserpress agency said the ferry was towed to port."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Weserpress", SourceKind.AGENCY));
        assertThat(sources("The operator, Fjordline Cargo, said the fire was found at dawn."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Fjordline Cargo", SourceKind.OTHER));
        // a comma before the verb with no cue noun before the name is no source
        assertThat(sources("After the storm, Harwell, said to be the oldest port, closed.")).isEmpty();
    }

    @Test
    void aCompanyIntroducedByWhatItIs() {
        assertThat(sources("Die Reederei Seewind teilte mit, das Feuer sei gelöscht."))
                .extracting(CitedSource::name, CitedSource::kind).containsExactly(tuple("Seewind", SourceKind.OTHER));
        assertThat(sources("Die Reederei teilte mit, das Feuer sei gelöscht.")).isEmpty();
    }
}
