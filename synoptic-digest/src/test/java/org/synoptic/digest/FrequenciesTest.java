package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrequenciesTest {

    @Test
    void oneFrequencyInOtherWordsAndTheOtherLanguageGivesOneTerm() {
        assertThat(Frequencies.of("Künftig fahren die Züge stündlich.")).containsExactly("hourly");
        assertThat(Frequencies.of("Ab Dienstag fahren die Züge im Stundentakt.")).containsExactly("hourly");
        assertThat(Frequencies.of("Seit heute fahren wieder Züge, und zwar jede Stunde.")).containsExactly("hourly");
        assertThat(Frequencies.of("Trains will run every hour from Tuesday.")).containsExactly("hourly");
        assertThat(Frequencies.of("Das Land rechnet mit 1.200 Fahrgästen täglich.")).containsExactly("daily");
    }

    @Test
    void phrasesWithOtherSensesGiveNone() {
        assertThat(Frequencies.of("Am Tag der Eröffnung kam die Ministerin.")).isEmpty();
        assertThat(Frequencies.of("Er hatte fast eine Stunde gebraucht.")).isEmpty();
        assertThat(Frequencies.of("A day later the line reopened.")).isEmpty();
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
