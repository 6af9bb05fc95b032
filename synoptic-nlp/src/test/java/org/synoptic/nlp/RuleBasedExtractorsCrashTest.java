package org.synoptic.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synoptic.model.ArticleAnalysis;

/** Bad or odd inputs: the rule-based analyzer must not throw and every offset must stay inside the text. */
class RuleBasedExtractorsCrashTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("unclosedGermanQuote", "Er sagte: „Das geht so nicht weiter, und dann"),
                Arguments.of("onlyClosingQuote", "Das ist“ alles. Und dann“ nichts."),
                Arguments.of("quoteAcrossParagraphs", "„Erster Teil\nZweiter Teil“, sagte Anna Schmidt."),
                Arguments.of("emptyQuotes", "Sie sagte „“ und \"\" und »«."),
                Arguments.of("onlyPunctuation", "… !!! ??? „“ -- – ,,"),
                Arguments.of("cueAtEnd", "Das berichtete laut"),
                Arguments.of("zufolgeAtStart", "zufolge war es kalt."),
                Arguments.of("hyphensAndInitials", "A. B. C.-D. E-F-G- -H Jong- -un U.S. F-16-Kampfjets"),
                Arguments.of("bigNumbersAndDates", "Am 99. Dezember 20231 und 31.02.2023 sowie 2023-13-45 war es."),
                Arguments.of("emojiAndSurrogates", "Kim 🚂 fährt nach Wladiwostok 🇷🇺, sagte Anna Schmidt 😀."),
                Arguments.of("longRunOfCapitals", "Der Große Rote Hund Läuft Schnell Über Die Breite Straße Nach Hause."),
                Arguments.of("englishOnly", "\"It is over,\" he said, according to. Officials said"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void survives(String name, String text) {
        ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of(text, "2023-09-04"));
        int n = text.length();
        a.entities().forEach(e -> assertThat(e.end()).isLessThanOrEqualTo(n));
        a.quotes().forEach(q -> {
            assertThat(q.end()).isLessThanOrEqualTo(n);
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        });
        a.citedSources().forEach(c -> assertThat(c.end()).isLessThanOrEqualTo(n));
        a.times().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }
}
