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
    void removesJunkLinesButNoSentenceAndNoCredit() {
        // Until credits were content roles, the cleaner removed them: "Foto: Nordbild", "… Foto: Stadtarchiv",
        // "Quelle: NPA © …". They stay now, so that the text keeps them with their offsets.
        String raw = "Der Hafen bleibt gesperrt.\n:\nFoto: Nordbild\nDie Stadt prüft die Brücke. Foto: Stadtarchiv\n"
                + "Quelle: NPA © © Max Muster\nMehr zum Thema - Neue Fähre im Hafen\nJana Ohlsen (mit Nordpress)\n"
                + "Quellenlink\n\n\nKommentar (0)";
        assertThat(cleaner.clean(raw).text()).isEqualTo("Der Hafen bleibt gesperrt.\n\nFoto: Nordbild\n\n"
                + "Die Stadt prüft die Brücke. Foto: Stadtarchiv\n\nQuelle: NPA © © Max Muster");
    }

    @Test
    void keepsCreditsGluedToASentenceAndMapsThemToTheOriginal() {
        String raw = "Die Fähre fährt wieder.  Die Werft ist zufrieden. © Küstenbild\n\nDer Deich hält.\u00A0Foto: Nordpress";
        CleanedText cleaned = cleaner.clean(raw);
        assertThat(cleaned.text()).isEqualTo("Die Fähre fährt wieder. Die Werft ist zufrieden. © Küstenbild\n\n"
                + "Der Deich hält. Foto: Nordpress");
        int at = cleaned.text().indexOf("Foto: Nordpress");
        int[] span = cleaned.alignment().toOriginalSpan(at, at + "Foto: Nordpress".length());
        assertThat(raw.substring(span[0], span[1])).isEqualTo("Foto: Nordpress");
    }

    @Test
    void aCreditLineIsNoSubHeadingNorHardWrappedAndLeavesRoomForADatedHeader() {
        String raw = "Foto: Hafenamt/Archiv\ndate 2024-05\nDer Hafen bleibt nach dem Sturm für alle Schiffe gesperrt.\n"
                + "Foto: Hafenamt\nDie Stadt prüft in den kommenden Wochen die Kaimauer und die Brücke zum Hafen.\n"
                + "© Küstenbild\nmit Bildern vom Sturm.";
        CleanedText cleaned = cleaner.clean(raw);
        assertThat(cleaned.published()).isEqualTo("2024-05");
        assertThat(cleaned.text()).isEqualTo("Foto: Hafenamt/Archiv\n\n"
                + "Der Hafen bleibt nach dem Sturm für alle Schiffe gesperrt.\n\nFoto: Hafenamt\n\n"
                + "Die Stadt prüft in den kommenden Wochen die Kaimauer und die Brücke zum Hafen.\n\n© Küstenbild\n\n"
                + "mit Bildern vom Sturm.");
    }

    @Test
    void aHeadlineUnderTheLeadPhotosCreditIsTheTitleAndTheCreditStays() {
        CleanedText cleaned = cleaner.clean("Foto: Hafenamt/Archiv\n\nHafen nach Sturm gesperrt\n\n"
                + "Der Hafen bleibt nach dem Sturm gesperrt.");
        assertThat(cleaned.firstParagraph()).isEqualTo("Hafen nach Sturm gesperrt");
        assertThat(cleaned.hasParagraphAfterFirst()).isTrue();
        CleanedText body = cleaned.withoutFirstParagraph();
        assertThat(body.text()).isEqualTo("Foto: Hafenamt/Archiv\n\nDer Hafen bleibt nach dem Sturm gesperrt.");
        int at = body.text().indexOf("Der Hafen");
        assertThat(body.alignment().toOriginal(at)).isEqualTo(cleaned.alignment().toOriginal(cleaned.text().indexOf("Der Hafen")));
        assertThat(CleanedText.leadStart("Foto: Hafenamt\n\n© Küstenbild")).isEqualTo(28);
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
