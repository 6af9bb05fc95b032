package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeparableVerbsTest {

    @Test
    void aParticipleAndASplitVerbGiveOneWholeForm() {
        assertThat(SeparableVerbs.wholeForms("Das Konzert in Lindau ist nach dem Sturm abgesagt worden."))
                .contains("absagt");
        assertThat(SeparableVerbs.wholeForms("Am Sonntag sagten die Veranstalter das Konzert in Lindau ab."))
                .contains("absagten").doesNotContain("abveranstalter");
        assertThat(SentenceVectors.stems("absagten", "de")).isEqualTo(SentenceVectors.stems("absagt", "de"));
        assertThat(SeparableVerbs.wholeForms("Die Verteidigung hat Revision eingelegt."))
                .containsExactly("einlegt");
        assertThat(SeparableVerbs.wholeForms("Die Verteidigung legte Revision ein, sagte ihr Sprecher."))
                .containsExactly("einlegte");
    }

    @Test
    void nounsFunctionWordsAndAParticleInsideAClauseGiveNothing() {
        assertThat(SeparableVerbs.wholeForms("Die Abgabe wird erhoben.")).isEmpty();
        assertThat(SeparableVerbs.wholeForms("Er kam mit dem Zug an den Bahnhof.")).isEmpty();
        assertThat(SeparableVerbs.wholeForms("Die Stadt will das Geld damals zurück.")).isEmpty();
    }
}
