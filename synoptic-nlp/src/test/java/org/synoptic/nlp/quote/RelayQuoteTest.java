package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.mention;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Quote;
import org.synoptic.nlp.RuleBasedExtractors;

/**
 * The rules of {@link RelayResolver} and {@link ReportNouns}: who speaks in a report relayed by another report, and
 * through whom. Each case is a sentence of our own, written for the rule it tests.
 */
class RelayQuoteTest {

    @Test
    void lautXSagteYGivesTheWordsToYThroughX() {
        String text = "Die Regierung hatte am Dienstag Gespräche angekündigt. Laut „Guardian“ sagte Thomas "
                + "Müller, die Verhandlungen über den neuen Vertrag würden „zügig fortgesetzt“.";
        List<Quote> q = quotes(text);
        assertThat(q).isNotEmpty().allSatisfy(x -> {
            assertThat(x.speaker()).isEqualTo("Thomas Müller");
            assertThat(x.via()).isEqualTo("The Guardian");
            assertThat(mention(text, x)).isEqualTo("Thomas Müller");
        });
    }

    @Test
    void lautXSagteRoleYGivesTheRelayWhenTheSpeakerWasAlreadyRight() {
        String text = "Der Kreis hat gewählt. Laut Kieler Anzeiger sagte Landrat Jonas Petersen, der Kreis werde jedes "
                + "sauber ermittelte Ergebnis umsetzen.";
        List<Quote> q = quotes(text);
        assertThat(q).isNotEmpty().allSatisfy(x -> {
            assertThat(x.speaker()).isEqualTo("Jonas Petersen");
            assertThat(x.via()).isEqualTo("Kieler Anzeiger");
        });
    }

    @Test
    void lautXWithoutAReportingVerbKeepsX() {
        String text = "Laut Reuters will die Firma im Herbst in Bremen rund 500 Stellen streichen.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Reuters");
    }

    @Test
    void lautXInsideTheWordsNamesTheSource() {
        String text = "Im Mittelpunkt steht eine Kundgebung am Montag, bei der Polizisten laut „Reuters“ "
                + "Gummigeschosse auf die Menge abgefeuert haben.";
        List<Quote> q = quotes(text);
        assertThat(q).isNotEmpty().extracting(Quote::speaker).containsOnly("Reuters");
    }

    @Test
    void subjectOpeningAWonachClauseSpeaksNotTheObjectBeforeTheVerb() {
        String text = "Die französische Nachrichtenagentur AFP zitierte zuvor Diplomatenkreise, wonach "
                + "Außenministerin Anna Becker, die im Mai Paris besucht hatte, Thomas Müller vorgeschlagen habe, "
                + "dass beide Länder gemeinsame Übungen abhalten sollten.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Anna Becker");
        assertThat(q.get(0).via()).isEqualTo("AFP");
        assertThat(mention(text, q.get(0))).isEqualTo("Anna Becker");
    }

    @Test
    void noRelayFromOutsideTheRelativeClauseOfTheQuote() {
        String text = "Die Ankündigung der Reise, die laut dem Ministerium „in den nächsten Wochen“ beginnen soll, "
                + "folgte auf einen Bericht des Senders CNN, der einen Diplomaten mit den Worten zitierte, die "
                + "Lage sei ernst.";
        List<Quote> q = quotes(text);
        assertThat(q).filteredOn(x -> x.text().contains("nächsten Wochen"))
                .isNotEmpty().allSatisfy(x -> {
                    assertThat(x.speaker()).isEqualTo("Ministerium");
                    assertThat(x.via()).isNull();
                });
    }

    @Test
    void aSpeakerIsNoRelayOfItsOwnWords() {
        String text = "Die Agentur Interfax schrieb, dass der Präsident „in den kommenden Tagen“ in Genf erwartet "
                + "werde.";
        assertThat(quotes(text)).isNotEmpty().allSatisfy(x -> {
            assertThat(x.speaker()).isEqualTo("Interfax");
            assertThat(x.via()).isNull();
        });
    }

    @Test
    void erFuegteHinzuContinuesTheOutletWhoseReportWasRelayed() {
        String text = "Der französische Präsident Emmanuel Macron plant, im Mai nach Genf zu reisen, berichtete "
                + "Reuters am Montag. Laut Reuters würde Macron „voraussichtlich mit dem Flugzeug“ nach Genf reisen, "
                + "wo die Gespräche stattfinden sollen, heißt es in dem Bericht. Er fügte hinzu, dass Macron plant, "
                + "eine Fabrik zu besichtigen.";
        List<Quote> q = quotes(text);
        Quote added = q.stream().filter(x -> x.text().contains("Fabrik")).findFirst().orElseThrow();
        assertThat(added.speaker()).isEqualTo("Reuters");
        assertThat(mention(text, added)).isEqualTo("Er");
        Quote relayed = q.stream().filter(x -> x.text().contains("Flugzeug") && !x.direct()).findFirst()
                .orElseThrow();
        assertThat(relayed.speaker()).isEqualTo("Reuters");
        assertThat(relayed.text()).startsWith("würde Macron");
    }

    @Test
    void erFuegteHinzuContinuesAPersonToo() {
        String text = "Die Ministerin Anna Becker sagte, die Schule werde im Sommer renoviert. Er fügte hinzu, dass "
                + "die Kosten bei drei Millionen Euro lägen.";
        Quote added = quotes(text).stream().filter(x -> x.text().contains("Kosten")).findFirst().orElseThrow();
        assertThat(added.speaker()).isEqualTo("Anna Becker");
        assertThat(mention(text, added)).isEqualTo("Er");
    }

    @Test
    void aReportNamingNoOneIsNoSpeaker() {
        for (String text : List.of("Der Minister soll Berichten zufolge noch in diesem Monat zurücktreten.",
                "Jetzt will die Firma laut einem Medienbericht im Herbst 500 Stellen streichen.",
                "Laut einem Bericht will die Firma im Herbst 500 Stellen streichen.",
                "Die Zeitung schreibt, der Konzern wolle im Herbst 500 Stellen streichen.",
                "Laut einer Umfrage wollen die meisten Wähler im Herbst die Partei wechseln.")) {
            assertThat(quotes(text)).as(text).isNotEmpty().extracting(Quote::speaker).containsOnlyNulls();
        }
    }

    @Test
    void aReportAsSubjectIsNoSpeakerAndItsContinuationIsDropped() {
        String text = "Der Untersuchungsbericht schildert die Fehlerkette im Detail. Die Techniker seien am Vortag "
                + "unaufmerksam gewesen.";
        assertThat(quotes(text)).extracting(Quote::speaker).doesNotContain("Untersuchungsbericht");
    }

    @Test
    void aReportNamesItsOwnerAsTheSpeaker() {
        String text = "Einem Bericht der BBC zufolge will die Firma im Herbst 500 Stellen streichen.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("BBC");
    }

    @Test
    void theZeitungIsTheOutletNamedBefore() {
        String text = "Der Konzern prüft einen Verkauf, berichtete die „Financial Times“ am Freitag. Die Zeitung "
                + "schreibt, der Konzern wolle im Herbst 500 Stellen streichen.";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("Stellen")).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("Financial Times");
    }

    @Test
    void thePaperSpeakingOfItselfIsTheArticlesOutlet() {
        String text = "Die Eröffnung ist nach Informationen dieser Zeitung für den kommenden Mittwoch geplant.";
        Article article = new Article("t1", "test", null, null, text, "Abendbote", null, null, "de", null);
        assertThat(RuleBasedExtractors.analyzer().analyze(article).quotes()).extracting(Quote::speaker)
                .containsExactly("Abendbote");
        assertThat(quotes(text)).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void anOutletWhoseNameEndsInAReportNounSpeaks() {
        String text = "Die „Süddeutsche Zeitung“ berichtete, der Konzern wolle im Herbst 500 Stellen streichen.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Süddeutsche Zeitung");
    }

    @Test
    void reportNounsTable() {
        assertThat(List.of("Bericht", "Berichte", "Medienbericht", "Zeitung", "Erste Schätzungen", "Umfrage",
                "Medien")).allMatch(ReportNouns::namesNoSpeaker);
        assertThat(List.of("Polizei", "BBC", "Erklärung des Verbands", "Thomas Müller"))
                .noneMatch(ReportNouns::namesNoSpeaker);
        assertThat(ReportNouns.namesNoSpeaker(null)).isFalse();
        assertThat(List.of("Netzzeitung", "Neue Osnabrücker Zeitung", "Einschätzung"))
                .noneMatch(ReportNouns::namesNoSpeaker);
    }

    @Test
    void ownerOfAReportMention() {
        assertThat(ReportNouns.owner("der WHO-Bericht")).isEqualTo("WHO");
        assertThat(ReportNouns.owner("Schätzungen örtlicher Behörden")).isEqualTo("örtlicher Behörden");
        assertThat(ReportNouns.owner("einem Jahresbericht für 2020 des zuständigen Ministeriums, hieß es"))
                .isEqualTo("zuständigen Ministeriums");
        assertThat(ReportNouns.owner("einem Bericht von ndr.de zufolge")).isEqualTo("ndr.de");
        assertThat(ReportNouns.owner("Berichten zufolge soll der Minister")).isNull();
        assertThat(ReportNouns.owner("einem Bericht")).isNull();
        assertThat(ReportNouns.owner("Medienberichten")).isNull();
    }
}
