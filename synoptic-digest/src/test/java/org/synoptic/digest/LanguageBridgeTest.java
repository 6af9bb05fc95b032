package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The terms a German and an English sentence share through {@link LanguageBridge}. */
class LanguageBridgeTest {

    private static Set<String> terms(String sentence, String language) {
        Map<String, Double> tf = new HashMap<>();
        LanguageBridge.addTerms(sentence, language, tf);
        return tf.keySet();
    }

    @Test
    void daysOfAMonthMeetAcrossLanguages() {
        assertThat(terms("Das Feuer brach am Donnerstag, dem 9. Oktober, aus.", "de")).contains("⇄d10-09");
        assertThat(terms("A fire broke out on October 9.", "en")).contains("⇄d10-09");
        assertThat(terms("The fire broke out on 9th October.", "en")).contains("⇄d10-09");
        // a number before a month that is no day is none ("2.400 Personen im Oktober")
        assertThat(terms("Im Oktober kamen 2.400 Personen.", "de")).noneMatch(t -> t.startsWith("⇄d"));
    }

    @Test
    void timesOfDayMeetAcrossLanguages() {
        assertThat(terms("Das Feuer sei gegen 6 Uhr morgens entdeckt worden.", "de")).contains("⇄t06:00");
        assertThat(terms("The fire was discovered at around 6 a.m.", "en")).contains("⇄t06:00");
        assertThat(terms("Die Sitzung begann um 18.30 Uhr.", "de")).contains("⇄t18:30");
        assertThat(terms("The meeting began at 6:30 p.m.", "en")).contains("⇄t18:30");
        assertThat(terms("Er kam um 6 Uhr abends.", "de")).contains("⇄t18:00");
    }

    @Test
    void anEnglishTitleIsAWordAndOtherCapitalisedWordsAreNames() {
        assertThat(terms("Later Captain Jonas Berg stopped the engines.", "en")).contains("⇄captain", "⇄stop")
                .doesNotContain("⇄jona", "⇄berg");
    }

    @Test
    void aCompoundGivesItsPartsUnlessItNamesARole() {
        // "Regionalpräsidentin" describes who speaks: "regional" must not meet "regional president" in a quote
        assertThat(terms("Dann sprach die Regionalpräsidentin.", "de")).contains("⇄presid").doesNotContain("⇄region");
        assertThat(terms("Die Transportsicherheitsbehörde ermittelt.", "de")).contains("⇄author").hasSizeGreaterThan(3);
        assertThat(terms("Vier Menschen kamen mit Rauchvergiftungen ins Krankenhaus.", "de")).contains("⇄smoke", "⇄poison");
    }

    @Test
    void anEnglishPhrasalVerbMeetsTheGermanWordItMeans() {
        // "abgesagt" translates as cancelled; "called off" says it in two words
        assertThat(terms("Das Stadtfest in Lindenau ist wegen Sturmwarnung abgesagt worden.", "de")).contains("⇄cancel");
        assertThat(terms("The town fair in Lindenau was called off because of a storm warning.", "en")).contains("⇄cancel");
        assertThat(terms("The mayor called them off on Sunday.", "en")).contains("⇄cancel");
        assertThat(terms("The mayor will step down in May.", "en")).contains("⇄resign");
        // a ship that calls at a port and sets off cancels nothing
        assertThat(terms("The ferry called at Lindenau before it set off.", "en")).doesNotContain("⇄cancel");
    }

    @Test
    void aGermanLoanwordTheLexiconDoesNotHoldIsReadAsTheEnglishWord() {
        assertThat(terms("Die Tickets für das Konzert werden erstattet.", "de")).contains("⇄ticket", "⇄refund");
        // a name or German word that is no English word gives nothing of its own
        assertThat(terms("Lindenauer Gäste blieben.", "de")).noneMatch(t -> t.startsWith("⇄lindenau"));
    }

    @Test
    void aSeparableVerbOfSpeechWhoseParticleClosesItsClauseGivesNoTranslation() {
        // "kündigte … an" announces what follows; read alone, "kündigte" would translate as quit
        assertThat(terms("Die Intendantin kündigte an, alle Karten würden erstattet.", "de"))
                .doesNotContain("⇄quit", "⇄abrog").contains("⇄refund");
        // without its particle closing the clause it is the verb of its own sense
        assertThat(terms("Der Verein kündigte den Vertrag mit dem Caterer.", "de")).contains("⇄quit");
    }
}
