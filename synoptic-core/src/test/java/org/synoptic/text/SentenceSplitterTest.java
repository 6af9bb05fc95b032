package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Sentence;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.ruleBased();

    private List<String> texts(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void splitsOnTerminalPunctuationFollowedByCapital() {
        assertThat(texts("Die Brücke ist gesperrt. Der Verkehr wird umgeleitet! Wann öffnet sie? Niemand weiß es."))
                .containsExactly("Die Brücke ist gesperrt.", "Der Verkehr wird umgeleitet!", "Wann öffnet sie?",
                        "Niemand weiß es.");
    }

    @Test
    void keepsOrdinalsDatesInitialsAndAbbreviationsTogether() {
        assertThat(texts("Das Forum findet vom 10. bis 13. September statt. Am 70. Jahrestag sprach John F. Kirby, "
                + "z.B. über Dr. Meyer. Danach war Schluss."))
                .containsExactly("Das Forum findet vom 10. bis 13. September statt.",
                        "Am 70. Jahrestag sprach John F. Kirby, z.B. über Dr. Meyer.", "Danach war Schluss.");
    }

    @Test
    void doesNotSplitInsideAnOpenQuotation() {
        assertThat(texts("„Warum nicht? Wir sind Nachbarn.“, sagte die Ministerin. Dann ging sie."))
                .containsExactly("„Warum nicht? Wir sind Nachbarn.“, sagte die Ministerin.", "Dann ging sie.");
    }

    @Test
    void lineBreaksEndSentencesAndYearsMayEndThem() {
        assertThat(texts("Waffen gegen Brot?\nSie trafen sich 2019. Seitdem nicht mehr."))
                .containsExactly("Waffen gegen Brot?", "Sie trafen sich 2019.", "Seitdem nicht mehr.");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(splitter.split("  \n \n")).isEmpty();
    }

    @Test
    void aCopyrightCreditStandsApartFromItsCaption() {
        assertThat(texts("Der Bürgermeister am Ufer des Stausees. © Musteragentur\nDer Pegel sinkt."))
                .containsExactly("Der Bürgermeister am Ufer des Stausees.", "© Musteragentur", "Der Pegel sinkt.");
    }

    @Test
    void aPhotoLabelGluedAfterASentenceEndStartsItsOwnSentence() {
        assertThat(texts("Die Brücke ist seit dem Mittag gesperrt. Foto: Musteragentur\nDer Pegel sinkt."))
                .containsExactly("Die Brücke ist seit dem Mittag gesperrt.", "Foto: Musteragentur", "Der Pegel sinkt.");
    }

    @Test
    void anInitialAfterASlashInACreditEndsNoSentence() {
        assertThat(texts("Foto: Stadtblatt/E. Beispiel\nDer Pegel sinkt."))
                .containsExactly("Foto: Stadtblatt/E. Beispiel", "Der Pegel sinkt.");
    }

    @Test
    void paragraphsAScraperGluedTogetherAreTwoSentences() {
        assertThat(texts("Davon zehrt sie bis heute.Die Sendung steht ab 8 Uhr bereit."))
                .containsExactly("Davon zehrt sie bis heute.", "Die Sendung steht ab 8 Uhr bereit.");
        assertThat(texts("In Bremen ist der Dienstag schulfrei.Staugefahr sieht der Verband am Freitag."))
                .containsExactly("In Bremen ist der Dienstag schulfrei.", "Staugefahr sieht der Verband am Freitag.");
        assertThat(texts("Wann öffnet die Brücke wieder?Niemand weiß es."))
                .containsExactly("Wann öffnet die Brücke wieder?", "Niemand weiß es.");
    }

    @Test
    void addressesAbbreviationsAndNumbersWithoutASpaceStayWhole() {
        assertThat(texts("Mehr unter www.Beispielblatt.de im Netz.")).hasSize(1);
        assertThat(texts("Die Seite beispiel.de/Lokales nennt z.B.Die Zahlen.")).hasSize(1);
        assertThat(texts("Prof.Müller kommt um 3.Mai nach Bonn.")).hasSize(1);
        assertThat(texts("Schreiben Sie an redaktion@beispiel.De oder rufen Sie an.")).hasSize(1);
        assertThat(texts("Der Kurs stieg auf 3.Platz.")).hasSize(1);
    }
}
