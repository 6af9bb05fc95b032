package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/** A report scraped with the wrong encoding is clustered by the words its author wrote. */
class DoubleEncodedReportTest {

    private static final String TITLE = "Drive-in-Volksfest in Großstadt: Gäste feiern im Auto";
    private static final String TEXT = "Die Festwirte haben wegen der Pandemie ein großes Zelt für Autos geöffnet. "
            + "Die Gäste können Lebkuchenherzen kaufen und Musik hören. „Die Leute feiern zehn Minuten“, sagte der "
            + "Veranstalter. Am Dienstag geht der Spaß in die nächste Runde, die Behörden prüfen die Auflagen.";

    /** UTF-8 bytes read as Windows-1252, as a scraper that guessed the charset wrongly stores them. */
    private static String doubleEncoded(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
    }

    private static Article report(String id, String title, String text) {
        return new Article(id, "test", null, title, text, "example.org", null, "2020-05-12", "de", Set.of());
    }

    @Test
    void aDoubleEncodedReportHasTheTermsOfItsCleanTwin() {
        StoryClusterer clusterer = StoryClusterer.defaults();
        Article clean = report("clean", TITLE, TEXT);
        Article broken = report("broken", doubleEncoded(TITLE), doubleEncoded(TEXT));
        assertThat(broken.text()).contains("GÃ¤ste").contains("â€ž");
        assertThat(clusterer.termVector(broken)).isEqualTo(clusterer.termVector(clean));
    }
}
