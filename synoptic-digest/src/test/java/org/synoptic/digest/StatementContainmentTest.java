package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.digest.SentenceVectors.Vector;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;

class StatementContainmentTest {

    private static final java.util.function.Function<String, java.util.Set<String>> CONCEPTS =
            text -> StatementContainment.conceptsOf(text, "de");

    /** A sentence's vector as the digest holds it: its stems and added terms, and the names given. */
    private static Vector vector(String article, int index, String text, String... names) {
        Map<String, Double> weights = new HashMap<>();
        for (String stem : SentenceVectors.stems(text, "de")) {
            weights.put(stem, 1.0);
        }
        TermExpander.expand(text, "de", weights);
        for (String name : names) {
            weights.put("§" + name, 1.0);
        }
        return new Vector(article, index, new Sentence(0, 0, text.length(), text, ContentRole.CONTENT), weights);
    }

    private static String stating(Vector statement, Vector sentence) {
        return StatementContainment.Core.of(List.of(statement), "de", CONCEPTS).clauseStating(sentence,
                SentenceVectors.clauseList(sentence, "de"), CONCEPTS);
    }

    private final Vector train = vector("a", 0, "Marlene Vogt soll mit dem Zug reisen.", "Marlene Vogt");

    @Test
    void aShortStatementIsFoundInOneClauseInOtherWords() {
        // "Sonderzug" holds "Zug", "auf dem Weg nach" says "reisen"
        Vector onTheWay = vector("b", 1, "Es gebe Hinweise, dass Vogt mit einem Sonderzug die Hauptstadt verlassen "
                + "habe und auf dem Weg nach Kassel sei, meldete ein Sender am Abend.", "Marlene Vogt");
        assertThat(stating(train, onTheWay)).contains("dass Vogt mit einem Sonderzug");
        Vector moving = vector("c", 2, "Ein Beamter sagte, Vogt bewege sich langsam in einem Salonzug in Richtung "
                + "der Grenze.", "Marlene Vogt");
        assertThat(stating(train, moving)).isNotNull();
    }

    @Test
    void theStatementsNamesAndEveryContentWordMustBeInOneClause() {
        Vector someoneElse = vector("b", 1, "Es gebe Hinweise, dass Brandt mit einem Sonderzug die Hauptstadt "
                + "verlassen habe und auf dem Weg nach Kassel sei, meldete ein Sender.", "Peter Brandt");
        assertThat(stating(train, someoneElse)).isNull();
        Vector spread = vector("c", 2, "Vogt lobte den neuen Sonderzug der Bahn, und der Minister ist bereits auf dem "
                + "Weg nach Kassel zum Parteitag.", "Marlene Vogt");
        assertThat(stating(train, spread)).isNull();
        Vector noTravel = vector("d", 3, "Vogt besichtigte am Morgen einen Sonderzug im Depot.", "Marlene Vogt");
        assertThat(stating(train, noTravel)).isNull();
    }

    @Test
    void aLongStatementOrOneOfASingleWordIsNotLookedFor() {
        Vector longer = vector("a", 0, "Marlene Vogt will mit dem alten Zug über die neue Brücke nach Kassel reisen.",
                "Marlene Vogt");
        assertThat(StatementContainment.Core.of(List.of(longer), "de", CONCEPTS).isEmpty()).isTrue();
        Vector single = vector("a", 1, "Marlene Vogt reist.", "Marlene Vogt");
        assertThat(StatementContainment.Core.of(List.of(single), "de", CONCEPTS).isEmpty()).isTrue();
        assertThat(StatementContainment.Core.of(List.of(train), "de", CONCEPTS).words()).hasSize(2);
    }

    @Test
    void aCompoundKeptWholeByTheSplitterStillHasItsHeadButAParticleWordHasNone() {
        assertThat(TermExpander.isHeadOf("zug", "sonderzug")).isTrue();
        assertThat(TermExpander.isHeadOf("zug", "gegenzug")).isFalse();
        assertThat(TermExpander.isHeadOf("zug", "ruckzug")).isFalse();
        assertThat(TermExpander.isHeadOf("zug", "anzug")).isFalse();
        assertThat(TermExpander.isHeadOf("zug", "zug")).isFalse();
        Vector inReturn = vector("b", 1, "Im Gegenzug sei Vogt bereit, nach Kassel zu reisen.", "Marlene Vogt");
        assertThat(stating(train, inReturn)).isNull();
    }

    @Test
    void theCoreIsWhatAllSupportersSayAndADenialInAnyWordsStaysInIt() {
        Vector denied = vector("a", 0, "Bisher wies Nordland Vorwürfe zurück, Waffen an Südland geliefert zu haben.",
                "Nordland", "Südland");
        Vector rejected = vector("b", 1, "Nordland und Südland haben die Anschuldigungen, Nordland habe Waffen an eine "
                + "Miliz geliefert, wiederholt zurückgewiesen.", "Nordland", "Südland");
        StatementContainment.Core core = StatementContainment.Core.of(List.of(denied, rejected), "de", CONCEPTS);
        assertThat(core.words()).extracting(StatementContainment.Word::stem)
                .containsExactlyInAnyOrder("waff", "geliefert", "≈dementi");
        assertThat(core.names()).containsExactlyInAnyOrder("§Nordland", "§Südland");
        // "Lieferung" and "geliefert" share their root; "Dementis" is a denial
        Vector talks = vector("c", 2, "Zuletzt hieß es, dass Gespräche über die Lieferung weiterer Waffen durch "
                + "Nordland an Südland trotz wiederholter Dementis vorangetrieben werden.", "Nordland", "Südland");
        assertThat(core.clauseStating(talks, SentenceVectors.clauseList(talks, "de"), CONCEPTS)).isNotNull();
        // the accusation itself states the deliveries, not their denial
        Vector accused = vector("d", 3, "Die Regierung wirft Nordland vor, Waffen an Südland geliefert zu haben.",
                "Nordland", "Südland");
        assertThat(core.clauseStating(accused, SentenceVectors.clauseList(accused, "de"), CONCEPTS)).isNull();
        assertThat(StatementContainment.root("lieferung")).isEqualTo(StatementContainment.root("geliefert"));
    }

    @Test
    void aStrongVerbMeetsItsNounAndASharedNumberMustBeHeld() {
        Vector first = vector("a", 0, "Vogt und Brandt trafen sich 2017 zu ihrem ersten Gipfel.", "Marlene Vogt",
                "Peter Brandt");
        Vector second = vector("b", 1, "Vogt, die selten verreist, traf sich zuletzt 2017 mit Brandt in Kassel.",
                "Marlene Vogt", "Peter Brandt");
        StatementContainment.Core core = StatementContainment.Core.of(List.of(first, second), "de", CONCEPTS);
        Vector met = vector("c", 2, "Das letzte Treffen zwischen Brandt und Vogt fand 2017 statt.", "Marlene Vogt",
                "Peter Brandt");
        assertThat(core.clauseStating(met, SentenceVectors.clauseList(met, "de"), CONCEPTS)).isNotNull();
        Vector otherYear = vector("d", 3, "Das letzte Treffen zwischen Brandt und Vogt fand 2015 statt.",
                "Marlene Vogt", "Peter Brandt");
        assertThat(core.clauseStating(otherYear, SentenceVectors.clauseList(otherYear, "de"), CONCEPTS)).isNull();
    }

    @Test
    void framesAreTravelInEitherLanguageButNotTrainsThatRun() {
        assertThat(PhraseClasses.FRAMES.of("Die Delegation war auf dem Weg nach Kassel.")).containsExactly("travel");
        assertThat(PhraseClasses.FRAMES.of("The minister is on her way to Kassel.")).containsExactly("travel");
        assertThat(PhraseClasses.FRAMES.of("Künftig fahren die Züge stündlich.")).isEmpty();
        assertThat(PhraseClasses.FRAMES.of("Sie verließ das Land selten.")).isEmpty();
        assertThat(List.of(PhraseClasses.FRAMES.of("Der Weg nach Kassel ist gesperrt."))).containsExactly(List.of());
    }
}
