package org.synoptic.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.TextCleaner;
import org.synoptic.model.Article;

class AgencyCreditsTest {

    private static Article article(String text, String author, String outlet) {
        return new Article("a", "a.txt", null, "Titel", text, outlet, author, null, "de", Set.of());
    }

    @Test
    void anOpeningDatelineIsNoPartOfWhatASentenceStates() {
        assertThat(AgencyCredits.withoutDateline("Hamburg (Nordpress) – Wegen Rissen ist die Brücke gesperrt worden."))
                .isEqualTo("Wegen Rissen ist die Brücke gesperrt worden.");
        assertThat(AgencyCredits.withoutDateline("Bad Sülzheim (dpa) - Der Pegel sinkt.")).isEqualTo("Der Pegel sinkt.");
        assertThat(AgencyCredits.withoutDateline("Die Polizei (Hamburg) meldet – wie jedes Jahr – weniger Unfälle."))
                .startsWith("Die Polizei");
        assertThat(AgencyCredits.withoutDateline("Laut Polizei (links) wurde niemand verletzt."))
                .isEqualTo("Laut Polizei (links) wurde niemand verletzt.");
    }

    @Test
    void readsDatelinesCreditsAndTrailingTags() {
        assertThat(AgencyCredits.of(article("Berlin (dpa) – Der Bundestag hat am Freitag beschlossen.", null, null)))
                .containsExactly("dpa");
        assertThat(AgencyCredits.of(article("PARIS (AFP/Reuters) - Die Regierung trat zurück.", null, null)))
                .containsExactly("AFP", "Reuters");
        assertThat(AgencyCredits.of(article("Der Pegel steigt weiter.\n\nDie Feuerwehr ist im Einsatz. – APA", null, null)))
                .containsExactly("APA");
        assertThat(AgencyCredits.of(article("Der Pegel steigt weiter.\nQuelle: AFP", null, null))).containsExactly("AFP");
        assertThat(AgencyCredits.of(article("Der Pegel steigt weiter. (dpa/lnw)", null, null))).containsExactly("dpa");
        assertThat(AgencyCredits.of(article("Der Pegel steigt weiter.", "Reuters", null))).containsExactly("Reuters");
    }

    @Test
    void anAgencyNotInTheTableIsReadFromAnOpeningDateline() {
        assertThat(AgencyCredits.of(article("Bad Kleinen (Küstenpress) – Die Fähre fährt wieder.", null, null)))
                .containsExactly("Küstenpress");
    }

    @Test
    void ordinaryParenthesesAndOwnReportingAreNoCredit() {
        assertThat(AgencyCredits.of(article("Die Vereinten Nationen (UN) tagen in Genf. Der Rat (rechts) sprach.", null, null)))
                .isEmpty();
        assertThat(AgencyCredits.of(article("Der Ausschuss der Stadt Leer tagte am Montag – ohne Ergebnis.", "Anna Berg", "Leeraner Bote")))
                .isEmpty();
    }

    @Test
    void aSourceLineThatCleaningKeepsIsACreditAPhotoCreditIsNone() {
        // Cleaning keeps credits in the text now: the source line reaches this reader, the photo credits must not count.
        TextCleaner cleaner = new TextCleaner();
        String body = "Der Pegel steigt weiter. Die Feuerwehr ist im Einsatz.\n";
        assertThat(AgencyCredits.of(article(cleaner.clean(body + "Quelle: AFP").text(), null, null)))
                .containsExactly("AFP");
        assertThat(AgencyCredits.of(article(cleaner.clean(body + "Quelle: AFP © Erika Knipser").text(), null, null)))
                .isEmpty();
        assertThat(AgencyCredits.of(article(cleaner.clean("Foto: APA/Feuerwehr Hausen\n" + body + "Foto: dpa").text(),
                null, null))).isEmpty();
        assertThat(AgencyCredits.of(article(cleaner.clean(body + "Der Deich hält. © REUTERS").text(), null, null)))
                .isEmpty();
    }
}
