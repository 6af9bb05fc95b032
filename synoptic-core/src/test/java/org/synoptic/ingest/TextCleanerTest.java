package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void keepsDatedHeaderAsMetadataAndRemovesIt() {
        CleanedText cleaned = cleaner.clean(" date 2024-05 Der Hafen bleibt gesperrt. Das teilte die Stadt mit.");
        assertThat(cleaned.published()).isEqualTo("2024-05");
        assertThat(cleaned.text()).isEqualTo("Der Hafen bleibt gesperrt. Das teilte die Stadt mit.");
    }

    @Test
    void removesJunkLinesButNoSentence() {
        String raw = "Der Hafen bleibt gesperrt.\n:\nFoto: Nordbild\nDie Stadt prüft die Brücke. Foto: Stadtarchiv\n"
                + "Quelle: NPA © © Max Muster\nMehr zum Thema - Neue Fähre im Hafen\nJana Ohlsen (mit Nordpress)\n"
                + "Quellenlink\n\n\nKommentar (0)";
        assertThat(cleaner.clean(raw).text())
                .isEqualTo("Der Hafen bleibt gesperrt.\n\nDie Stadt prüft die Brücke.");
    }

    @Test
    void removesTeaserLabelAndStraySpaces() {
        assertThat(cleaner.clean("Das Wichtigste in Kürze Die Brücke ist zu .\nSie sagte: ja , sicher.").text())
                .isEqualTo("Die Brücke ist zu.\n\nSie sagte: ja, sicher.");
    }

    @Test
    void keepsSentencesThatMerelyMentionCredits() {
        String raw = "Der Fotograf sagte, Foto: das sei sein Leben. Die Quelle: ein Beamter.";
        assertThat(cleaner.clean(raw).text()).isEqualTo(raw);
    }
}
