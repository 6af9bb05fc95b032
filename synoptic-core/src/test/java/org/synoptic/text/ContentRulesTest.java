package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ContentRole;

/** Each rule of the table on invented sentences: which rule names it, and that look-alike content stays content. */
class ContentRulesTest {

    private static String ruleFor(String sentence) {
        for (ContentRule rule : ContentRules.standard()) {
            if (rule.matches(sentence)) {
                return rule.name();
            }
        }
        return "content";
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Volltext dieses auf Pressemeldungen beruhenden Beitrags ist aus rechtlichen Gründen nicht mehr abrufbar. | legal-fulltext
            Dieser Text ist aus lizenzrechtlichen Gründen nicht mehr online. | legal-reasons
            Dieser Artikel basiert auf Agenturmaterial von dpa und AFP. | agency-based
            © Musterverlag 2024. Alle Rechte vorbehalten. | rights-reserved
            Jetzt unseren Wirtschafts-Newsletter abonnieren und nichts verpassen! | newsletter
            Diese Seite verwendet Cookies, um Ihnen das beste Erlebnis zu bieten. | cookie-consent
            Folgen Sie uns auch auf Instagram und Threads. | social-follow
            Jetzt auf WhatsApp folgen! | social-follow
            Follow us on Bluesky for more local news. | social-follow
            Dieser Artikel erschien zuerst im Musterblatt am Sonntag. | first-published
            This story first appeared in the Example Herald. | first-published
            Hinweis der Redaktion: Der Text wurde nach Angaben der Stadt ergänzt. | editorial-note
            In einer früheren Version dieses Artikels hieß es, die Brücke sei gesperrt. | editorial-note
            An earlier version of this story misstated the number of beds. | editorial-note
            Transparenzhinweis: Die Autorin ist Mitglied des Vereins. | editorial-note
            Mehr Nachrichten aus Neustadt und der Region finden Sie hier. | more-news
            Weitere Informationen gibt es unter www.neustadt.example. | more-news
            Dieser Text wurde mit Unterstützung von KI erstellt und von der Redaktion geprüft. | ai-disclosure
            Stand: 14.03.2026, 16:45 Uhr | time-stamp
            Aktualisiert am 3.2.2026 um 9.15 Uhr | time-stamp
            https://www.neustadt.example/lokales/bruecke | bare-address
            Unsere Redaktion in Neustadt erreichen Sie montags bis freitags unter Telefon 0123 4567. | contact-footer
            Haben Sie Hinweise zu dem Unfall? Schreiben Sie an redaktion@beispielblatt.de | contact-footer
            Sie haben Hinweise für unsere Redaktion? | contact-footer
            Schreiben Sie uns an stadt@musterblatt.example. | contact-footer
            Den Newsletter „Neustadt am Morgen“ können Sie hier kostenlos abonnieren. | newsletter
            Kommentare (12) | page-furniture
            Zur Startseite | page-furniture
            Lesen Sie auch: Der Bürgermeister von Neustadt tritt zurück | read-also
            Mehr zum Thema: Wie die Bahn ihre Brücken saniert | read-also
            Zum Thema: Was die Reform für Mieter bedeutet | read-also
            Foto: Erika Beispiel/Stadtblatt | photo-credit
            Bild: Musteragentur | photo-credit
            Quelle: Beispielagentur | photo-credit
            © Musteragentur / Max Knipser | copyright
            Mit Material von dpa und Reuters | material-from
            (dpa/AFP) | agency-tag
            Hanna Beispiel (laut Reuters) | author-per-agency
            Die Ministerin (links) und ihr Amtskollege bei der Eröffnung der Messe in Hannover. | caption-position
            Der Stadtrat (2. v. l.) bei der Übergabe der Urkunde. | caption-position
            Das alte Rathaus von Neustadt (Archivbild) | caption-archive
            Die Feuerwehr rückte mit 40 Kräften aus. Foto: Stadtfeuerwehr | caption-credit-tail
            """)
    void ruleNamesTheSentence(String sentence, String rule) {
        assertThat(ruleFor(sentence.strip())).isEqualTo(rule);
    }

    @ParameterizedTest(name = "content: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Regierung will den Newsletter der Behörde künftig auch auf Englisch anbieten, sagte die Sprecherin.
            Die EU verschärft die Regeln für Cookies auf Nachrichtenseiten ab dem kommenden Jahr deutlich.
            Die Partei rückte nach rechts, sagte der Politologe am Dienstag in Berlin.
            Quellen aus dem Ministerium bestätigten den Bericht am Abend.
            Der Fotograf hatte das Bild des verunglückten Busses am Morgen aufgenommen.
            Die Agentur dpa meldete am Montag einen Rückgang der Arbeitslosigkeit um zwei Prozent.
            Mehr als 300 Menschen demonstrierten am Samstag gegen die Schließung des Krankenhauses.
            Mehr dazu wollte der Sprecher des Landratsamts am Abend nicht sagen.
            Zum Thema Wohnungsbau äußerte sich die Senatorin nicht.
            Die Polizei bittet Zeugen, die Hinweise geben können, sich zu melden.
            Die Polizei bittet um Hinweise für die Ermittlungen, sagte ein Sprecher der Redaktion gegenüber.
            Der Verein will seinen Newsletter künftig auch an Schulen verteilen, kostenlos abonnieren kann ihn jeder.
            Wer das Amt nicht erreicht, kann sich an die Bürgerberatung wenden, sagte der Sprecher.
            Video: Wie die neue Brücke über den Fluss Stück für Stück gebaut wird
            Die Stadt folgte dem Rat der Gutachter und sperrte die Brücke am Montag.
            Die Gemeinde hat ihren Auftritt auf Facebook gelöscht, wie sie am Montag mitteilte.
            Stand der Ermittlungen: Die Polizei sucht weiter nach dem Fahrer des Lastwagens.
            Weitere Nachrichten über Entlassungen bestätigte der Konzern am Abend nicht.
            Der Artikel des Grundgesetzes erschien den Richtern eindeutig.
            Mehr Informationen über den Unfall will die Polizei am Dienstag veröffentlichen.
            """)
    void lookAlikeContentStaysContent(String sentence) {
        assertThat(ruleFor(sentence.strip())).isEqualTo("content");
    }

    @Test
    void aRuleCannotGiveTheContentRoleOrAnEmptyLimit() {
        Pattern p = Pattern.compile("x");
        assertThatThrownBy(() -> new ContentRule("bad", ContentRole.CONTENT, p, 10))
                .hasMessageContaining("name=bad");
        assertThatThrownBy(() -> new ContentRule("short", ContentRole.CREDIT, p, 0))
                .hasMessageContaining("maxChars=0");
    }

    @Test
    void aLongSentenceEscapesAShortRule() {
        String longCredit = "Foto: " + "sehr ".repeat(40) + "lang";
        assertThat(ruleFor(longCredit)).isEqualTo("content");
        assertThat(ContentRules.standard()).extracting(ContentRule::name).doesNotHaveDuplicates();
        assertThat(List.copyOf(ContentRules.standard())).isNotEmpty();
    }
}
