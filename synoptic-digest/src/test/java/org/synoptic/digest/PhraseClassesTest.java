package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseClassesTest {

    @Test
    void oneFrequencyInOtherWordsAndTheOtherLanguageGivesOneTerm() {
        assertThat(PhraseClasses.FREQUENCIES.of("Künftig fahren die Züge stündlich.")).containsExactly("hourly");
        assertThat(PhraseClasses.FREQUENCIES.of("Ab Dienstag fahren die Züge im Stundentakt.")).containsExactly("hourly");
        assertThat(PhraseClasses.FREQUENCIES.of("Seit heute fahren wieder Züge, und zwar jede Stunde.")).containsExactly("hourly");
        assertThat(PhraseClasses.FREQUENCIES.of("Trains will run every hour from Tuesday.")).containsExactly("hourly");
        assertThat(PhraseClasses.FREQUENCIES.of("Das Land rechnet mit 1.200 Fahrgästen täglich.")).containsExactly("daily");
    }

    @Test
    void phrasesWithOtherSensesGiveNone() {
        assertThat(PhraseClasses.FREQUENCIES.of("Am Tag der Eröffnung kam die Ministerin.")).isEmpty();
        assertThat(PhraseClasses.FREQUENCIES.of("Er hatte fast eine Stunde gebraucht.")).isEmpty();
        assertThat(PhraseClasses.FREQUENCIES.of("A day later the line reopened.")).isEmpty();
    }

    @Test
    void theTermsJoinTheSentenceVectors() {
        java.util.Map<String, Double> tf = new java.util.HashMap<>();
        TermExpander.expand("Künftig fahren die Züge stündlich.", "de", tf);
        assertThat(tf).containsKey("≈hourly");
        java.util.Map<String, Double> bridge = new java.util.HashMap<>();
        LanguageBridge.addTerms("Trains will run every hour.", "en", bridge);
        assertThat(bridge).containsKey(LanguageBridge.MARK + "hourly");
    }
}
