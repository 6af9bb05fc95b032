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
            Pressekontakt: Musterwerke AG, Erika Beispiel | press-footer
            Original-Content von: Musterwerke AG, übermittelt durch news aktuell | press-footer
            Die Meldung wurde übermittelt durch news aktuell | media-note
            Telefon: +49 123 4567-89 | press-footer
            Fotos sind erhältlich über die Pressestelle der Musterwerke, Telefon: 0123 45678 | press-footer
            Die Folge steht am Sendetag ab 20.15 Uhr in der Beispielmediathek zur Verfügung. | media-note
            Weitere Informationen: https://presse.musterwerke.example/ | press-footer
            Die Serie bei Instagram: https://instagram.example/beispielserie | media-note
            SOURCE: Musterwerke Inc. | press-footer
            Davon zehrt sie bis heute.Die Folge steht am Sendetag in der Mediathek zur Verfügung. | media-note
            *neustadter-bote.example ist Teil des bundesweiten Beispiel-Redaktionsnetzwerks. | network-footer
            * bote.de und blatt.de sind Teil des Beispiel-Netzwerks. | network-footer
            Fragen zum Artikel? | contact-footer
            Mailen Sie uns: redaktion@beispielblatt.example | contact-footer
            Follow @beispielradio | social-follow
            Beispiel Tech is now on Telegram. | social-follow
            Mehr Artikel aus dieser Rubrik gibt's hier: Neustadt und Umland | more-news
            Jetzt teilen: | page-furniture
            Bild-Infos | page-furniture
            3/7 | page-furniture
            Try refreshing your browser, or watch the clip later. | player-text
            turned_in info Mit dem Klick auf das Icon fügen Sie das Schlagwort zu Ihren Themen hinzu. | widget-text
            + Impfstoffe und Medikamente: Was Forscher bisher wissen | plus-list
            +++ Immer aktuell: Hier geht's zum Liveblog +++ | live-pointer
            Hier geht's zum Überblick über alle Sperrungen | live-pointer
            Rubriklistenbild: © Erika Beispiel | photo-credit
            (Reporting by Jane Example; editing by John Sample) | reporting-by
            Von Erika Beispiel | byline
            Von unserer Redakteurin Erika Beispiel | byline
            --- Von Max Muster, dpa-AFX --- | byline
            by Jane Example, Example News, Brussels | byline
            Von dpa | byline
            RND/dpa | credit-slashes
            dpa/Erika Beispiel | credit-slashes
            (fmg) | initials-tag
            (sda / afp) | initials-tag
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
            Von Montag an gilt auf der Brücke Tempo 30, teilte die Stadt mit.
            Von Berlin aus fuhren am Samstag Sonderzüge an die Küste.
            By Friday the river had risen by two metres, the agency said.
            Die Polizei bittet Zeugen, sich unter Telefon 0123 4567 zu melden.
            Der Pressesprecher der Stadt sagte, die Brücke bleibe bis Montag gesperrt.
            Die Mediathek der Stadtbücherei bleibt bis Montag geschlossen, teilte die Stadt mit.
            Die Polizei hat ihren Auftritt bei Instagram gelöscht, nachdem Unbekannte ihn gekapert hatten.
            Das Unternehmen ist Teil des Musterkonzerns, sagte die Sprecherin.
            Die Fotos sind im Stadtarchiv erhalten geblieben, sagte die Archivarin.
            Plus 3 Prozent: Die Mieten in Neustadt steigen weiter.
            Hier gehen die Meinungen der Fraktionen weit auseinander.
            Die Stadtwerke sind Teil der Beispiel-Holding, die im Januar verkauft wurde.
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
