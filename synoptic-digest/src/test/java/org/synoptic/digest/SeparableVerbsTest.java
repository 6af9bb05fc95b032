package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeparableVerbsTest {

    @Test
    void aParticipleAndASplitVerbGiveOneWholeForm() {
        assertThat(SeparableVerbs.wholeForms("Das Konzert in Lindau ist nach dem Sturm abgesagt worden."))
                .contains("absagen");
        assertThat(SeparableVerbs.wholeForms("Am Sonntag sagten die Veranstalter das Konzert in Lindau ab."))
                .contains("absagen").doesNotContain("abveranstalteren");
        assertThat(SentenceVectors.stems("absagen", "de")).isEqualTo(SentenceVectors.stems("Absage", "de"));
        assertThat(SeparableVerbs.wholeForms("Die Verteidigung hat Revision eingelegt."))
                .containsExactly("einlegen");
        assertThat(SeparableVerbs.wholeForms("Die Verteidigung legte Revision ein, sagte ihr Sprecher."))
                .containsExactly("einlegen");
    }

    @Test
    void nounsFunctionWordsAndAParticleInsideAClauseGiveNothing() {
        assertThat(SeparableVerbs.wholeForms("Die Abgabe wird erhoben.")).isEmpty();
        assertThat(SeparableVerbs.wholeForms("Er kam mit dem Zug an den Bahnhof.")).isEmpty();
        assertThat(SeparableVerbs.wholeForms("Die Stadt will das Geld damals zurück.")).isEmpty();
    }

    @Test
    void aStrongVerbsPastPresentAndParticipleGiveItsInfinitive() {
        assertThat(SeparableVerbs.wholeForms("Bisher wies Nordkorea die Vorwürfe zurück, Waffen geliefert zu haben."))
                .contains("zurückweisen");
        assertThat(SeparableVerbs.wholeForms("Die Vorwürfe wurden vom Kreml zurückgewiesen.")).contains("zurückweisen");
        assertThat(SeparableVerbs.wholeForms("Der Minister weist die Vorwürfe zurück.")).contains("zurückweisen");
        assertThat(SeparableVerbs.wholeForms("Der Minister schlug damals gemeinsame Übungen vor."))
                .contains("vorschlagen");
        assertThat(SeparableVerbs.wholeForms("Er habe gemeinsame Übungen vorgeschlagen.")).contains("vorschlagen");
        assertThat(SeparableVerbs.wholeForms("Die Gemeinde gab die Schließung am Montag bekannt."))
                .contains("bekanntgeben");
        assertThat(SeparableVerbs.wholeForms("Das Fest fand trotz des Regens statt.")).contains("stattfinden");
        assertThat(SentenceVectors.stems("zurückweisen", "de"))
                .isEqualTo(SentenceVectors.stems(SeparableVerbs.wholeForms("Sie wiesen alles zurück.").get(0), "de"));
    }
}
