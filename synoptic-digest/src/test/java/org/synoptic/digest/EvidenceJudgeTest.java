package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceJudgeTest {

    private final EvidenceJudge judge = new EvidenceJudge("de", 0.22);

    @Test
    void aWordAndItsOwnSynonymAreOneSharedWordNotTwo() {
        // "Auf dem Gelände hatten viele Besucher gezeltet" / "Viele Camper haben sich auf den Heimweg gemacht"
        Map<String, Double> zelten = Map.of("viel", 0.4, "≈mancher", 0.2, "gelande", 0.5, "besuch", 0.5, "gezeltet", 0.55);
        Map<String, Double> heimweg = Map.of("viel", 0.4, "≈mancher", 0.2, "camp", 0.55, "heimweg", 0.55, "gemacht", 0.45);
        assertThat(judge.alike(zelten, heimweg)).isZero();
    }

    @Test
    void twoSharedWordsAndTheirSynonymStillMakeSentencesAlike() {
        Map<String, Double> a = Map.of("bruck", 0.5, "gesperrt", 0.5, "≈geschlossen", 0.2, "mittag", 0.5);
        Map<String, Double> b = Map.of("bruck", 0.5, "gesperrt", 0.5, "≈geschlossen", 0.2, "abend", 0.5);
        assertThat(judge.alike(a, b)).isGreaterThan(0.2);
    }

    @Test
    void oneSynonymReachedFromDifferentWordsIsASharedWord() {
        // "Nordkorea wies die Vorwürfe zurück" / "Die Vorwürfe wurden … zurückgewiesen, es gab Dementis": "≈dementi"
        // comes from a stance, not from the word "vorwurf" they share
        Map<String, Double> a = Map.of("vorwurf", 0.5, "wies", 0.4, "≈dementi", 0.3, "nordkorea", 0.4);
        Map<String, Double> b = Map.of("vorwurf", 0.5, "zuruckgewies", 0.4, "≈dementi", 0.3, "kreml", 0.4);
        assertThat(judge.alike(a, b)).isGreaterThan(0.2);
    }

    @Test
    void aSentenceOfOneContentWordStatesNoLongerSentenceByThatWordAlone() {
        // "Jetzt soll er laut einem Bericht nach Russland reisen" / "Kim soll mit dem Zug reisen"
        Map<String, Double> alone = Map.of("laut", 0.6, "reis", 0.5, "russland", 0.3, "§Russland", 0.5);
        Map<String, Double> train = Map.of("zug", 0.5, "reis", 0.4, "§Kim Jong-un", 0.4, "kim", 0.2);
        assertThat(judge.alike(alone, train)).isZero();
        assertThat(judge.alike(Map.of("reis", 0.5, "laut", 0.6), Map.of("reis", 0.4, "berichtet", 0.3))).isPositive();
    }
}
