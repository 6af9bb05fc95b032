package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void tellsGermanFromEnglish() {
        assertThat(guesser.guess("Die Stadt hat die Brücke für den Verkehr gesperrt, wie der Senat mitteilte.")).isEqualTo("de");
        assertThat(guesser.guess("The river burst its banks on Friday and the town was flooded, police said.")).isEqualTo("en");
    }

    @Test
    void saysUndeterminedWithoutFunctionWords() {
        assertThat(guesser.guess("12345 !!! ###")).isEqualTo("und");
    }
}
