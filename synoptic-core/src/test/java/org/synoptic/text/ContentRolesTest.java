package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;

/** The layout rules, learned boilerplate, and the roles of a whole invented article with its offsets. */
class ContentRolesTest {

    private static final ContentRoles ROLES = ContentRoles.standard();

    private static List<String> explain(String text) {
        return ROLES.explain(text, null, SentenceSplitter.ruleBased().split(text));
    }

    @Test
    void aSentenceFollowedByItsPhotoCreditOnTheSameLineIsACaption() {
        String text = "Die Bürgermeisterin und der Landrat vor dem neuen Hallenbad in Neustadt im Mai 2021. Foto: Stadtblatt\n"
                + "Das Bad öffnet am Montag.";
        assertThat(explain(text)).containsExactly(ContentRoles.CAPTION_BEFORE_CREDIT, "photo-credit", null);
    }

    @Test
    void aCopyrightSignStartsItsOwnSentenceAndMakesTheOneBeforeACaption() {
        String text = "Einer Umfrage zufolge will die Mehrheit der Bürger das Freibad behalten. © Musteragentur\n"
                + "Der Gemeinderat entscheidet im Herbst.";
        List<Sentence> sentences = ROLES.assign(text, null, SentenceSplitter.ruleBased().split(text));
        assertThat(sentences).extracting(Sentence::role)
                .containsExactly(ContentRole.CAPTION, ContentRole.CREDIT, ContentRole.CONTENT);
    }

    @Test
    void aReportSentenceWithAnUndatedPhotoLabelStaysContentAndItsCreditIsACredit() {
        // The trust gold's rule: "… gesperrt. Foto: dpa" is the report's sentence beside its photo, not a caption.
        String text = "Der Pegel der Ilm steigt weiter.\n\nDie Untere Mühlbrücke ist seit dem Morgen für Autos gesperrt. "
                + "Foto: Musteragentur\n\nDie Feuerwehr füllt Sandsäcke.";
        List<Sentence> sentences = ROLES.assign(text, null, SentenceSplitter.ruleBased().split(text));
        assertThat(sentences).extracting(Sentence::text).containsExactly("Der Pegel der Ilm steigt weiter.",
                "Die Untere Mühlbrücke ist seit dem Morgen für Autos gesperrt.", "Foto: Musteragentur",
                "Die Feuerwehr füllt Sandsäcke.");
        assertThat(sentences).extracting(Sentence::role).containsExactly(ContentRole.CONTENT, ContentRole.CONTENT,
                ContentRole.CREDIT, ContentRole.CONTENT);
        assertThat(text.substring(sentences.get(2).start(), sentences.get(2).end())).isEqualTo("Foto: Musteragentur");
    }

    @Test
    void aCopyrightLineUnderAParagraphOfSeveralSentencesMakesNoCaption() {
        String text = "Der Stadtrat tagte bis in die Nacht. Am Ende stimmte er für das neue Freibad. © Musteragentur\n\n"
                + "Der Bau beginnt im Frühjahr.";
        assertThat(explain(text)).containsExactly(null, null, "copyright", null);
    }

    @Test
    void aCopyrightLineUnderAOneSentenceParagraphBetweenBodyParagraphsMakesItACaption() {
        String text = "Der Stadtrat tagte bis in die Nacht.\n\nLaut einer Umfrage will die Mehrheit das Freibad "
                + "behalten und über die Eintrittspreise reden. © MUSTERAGENTUR\n\nDer Bau beginnt im Frühjahr.";
        assertThat(explain(text)).containsExactly(null, ContentRoles.CAPTION_BEFORE_CREDIT, "copyright", null);
    }

    @Test
    void aCreditLineOfItsOwnIsACredit() {
        String text = "Quelle: Musteragentur © © Erika Knipser\n\nDer Bau beginnt im Frühjahr.\n\n© Stadtblatt 2025";
        assertThat(explain(text)).containsExactly("photo-credit", null, "copyright");
    }

    @Test
    void aShortLineWithoutFinalPunctuationBeforeASentenceIsAnInlineHeadline() {
        String text = "Der Landtag beschloss am Mittwoch das neue Schulgesetz.\n"
                + "Opposition kündigt Klage an\n"
                + "Die Fraktionen von Grünen und Linken wollen vor das Verfassungsgericht ziehen.\n"
                + "Warum jetzt?\n"
                + "Das Gesetz tritt bereits im August in Kraft.";
        assertThat(explain(text)).containsExactly(null, ContentRoles.INLINE_HEADLINE, null,
                ContentRoles.INLINE_HEADLINE, null);
    }

    @Test
    void aHeadlineRuleNeedsAFollowingSentenceThatStartsWithACapital() {
        // a lone headline is the article; a hard-wrapped line continues in lower case
        assertThat(explain("Bahnstreik legt den Nahverkehr lahm")).containsExactly((String) null);
        assertThat(explain("Die Gewerkschaft rief ihre Mitglieder zu einem\nzweitägigen Streik auf."))
                .containsExactly(null, null);
        // a quoted question on its own line is somebody's words
        assertThat(explain("Der Minister fragte:\n„Wer soll das bezahlen?“\nNiemand antwortete."))
                .containsExactly(null, null, null);
    }

    @Test
    void aVerblessLineWithNamesAndADateIsACaption() {
        String text = "Die Ministerin und der Botschafter in Neustadt im Oktober 2022\n"
                + "Die beiden trafen sich am Montag erneut.\n"
                + "Ministerin und Botschafter treffen sich im Oktober 2022 erneut";
        assertThat(explain(text)).containsExactly(ContentRoles.CAPTION_SHAPE, null, null);
    }

    @Test
    void learnedSentencesAreBoilerplateOfTheirOutletOnly() {
        String line = "Dieser Beitrag wird laufend aktualisiert, sobald neue Informationen vorliegen.";
        RecurringSentences.Counter counter = RecurringSentences.counter(100);
        counter.observe("Stadtblatt", List.of("Der Zoo bekommt zwei neue Elefanten aus Thailand.", line));
        counter.observe("Stadtblatt", List.of("Die Stadtwerke erhöhen den Gaspreis im Januar deutlich.", line));
        counter.observe("Stadtblatt", List.of("Im Hafen brannte in der Nacht eine Lagerhalle vollständig ab.", line));
        ContentRoles learned = ROLES.withRecurring(counter.snapshot());
        String text = "Die Polizei sucht nach Zeugen des Unfalls auf der Landstraße.\n" + line;
        List<Sentence> split = SentenceSplitter.ruleBased().split(text);
        assertThat(learned.explain(text, "Stadtblatt", split)).containsExactly(null, ContentRoles.RECURRING);
        assertThat(learned.explain(text, "Landbote", split)).containsExactly(null, null);
        assertThat(learned.roleOfLine(line, "stadtblatt")).isEqualTo(ContentRole.BOILERPLATE);
    }

    @Test
    void anArticlesCaptionAndLegalLineGetTheirRolesAndTheOffsetsStayExact() {
        String text = "Das Hochwasser an der Mulde hat am Wochenende drei Dörfer von der Außenwelt abgeschnitten.\n\n"
                + "Helfer (rechts) und Anwohner beim Befüllen von Sandsäcken in Grimmelshausen. Foto: Musteragentur\n\n"
                + "„Wir haben so etwas noch nie erlebt“, sagte der Ortsvorsteher am Sonntag.\n"
                + "Der Volltext dieses auf Agenturmeldungen basierenden Beitrags steht aus rechtlichen Gründen nicht mehr zur Verfügung.";
        Article article = new Article("a1", "test", null, "Hochwasser schneidet Dörfer ab", text, null, null,
                "2024-06-02", "de", Set.of());
        List<Sentence> split = SentenceSplitter.ruleBased().split(text);
        List<Sentence> sentences = ROLES.assign(article, split);
        assertThat(sentences).extracting(Sentence::role).containsExactly(ContentRole.CONTENT, ContentRole.CAPTION,
                ContentRole.CREDIT, ContentRole.CONTENT, ContentRole.BOILERPLATE);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.start()).isEqualTo(split.get(i).start());
            assertThat(s.end()).isEqualTo(split.get(i).end());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        String content = ContentRoles.contentText(text, sentences);
        assertThat(content).hasSameSizeAs(text).doesNotContain("Sandsäcken", "Volltext", "Musteragentur")
                .contains("Hochwasser an der Mulde", "Ortsvorsteher");
        assertThat(content.indexOf("Ortsvorsteher")).isEqualTo(text.indexOf("Ortsvorsteher"));
        assertThat(ContentRoles.none().assign(article, split)).allMatch(Sentence::isContent);
    }
}
