package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.nlp.time.RuleTimeTagger;
import org.synoptic.text.SentenceSplitter;

/** Publication dates inferred from the story, on invented reports. */
class PublicationDatesTest {

    private static Article report(String id, String published, String text) {
        return new Article(id, id + ".txt", null, null, text, null, null, published, "de", Set.of());
    }

    @Test
    void anUndatedReportsMondayIsTheMondayAnotherReportDates() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Die Stadtwerke kündigten am Montag höhere Preise an. Kunden sind verärgert."),
                report("b", "2024-05", "Wie das Blatt am Montagabend (13. Mai) berichtete, steigen die Preise.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-13");
        assertThat(story.get(0).inferred()).contains("published");
        // b only had a month: it takes the day of the story within that month
        assertThat(story.get(1).published()).isEqualTo("2024-05-13");
        assertThat(story.get(1).inferred()).contains("published");
    }

    @Test
    void theInferredDateAnchorsTheReportsRelativeTimes() {
        Article undated = report("a", null, "Die Stadtwerke kündigten am Montag höhere Preise an. Gestern gab es Protest.");
        List<Article> story = PublicationDates.infer(List.of(undated,
                report("b", null, "Am Montag, dem 13. Mai 2024, stiegen die Preise.")));
        var times = new RuleTimeTagger().tag(story.get(0), SentenceSplitter.ruleBased().split(undated.text()),
                story.get(0).published());
        assertThat(times).extracting(t -> t.text() + "=" + t.value())
                .containsExactly("Montag=2024-05-13", "Gestern=2024-05-12");
    }

    @Test
    void severalDatedWeekdaysGiveTheLatest() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Am Sonntag brannte die Halle. Am Dienstag nahm die Polizei einen Mann fest."),
                report("b", null, "Das Feuer vom Sonntag, dem 5. Mai 2024, ist gelöscht. "
                        + "Die Festnahme am Dienstag (7. Mai 2024) bestätigte die Polizei.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-07");
    }

    @Test
    void aWeekdayTheDateDoesNotFallOnIsNoEvidence() {
        // 14 May 2024 is a Tuesday: the report's "Montag (14. Mai)" is a slip, and nothing else dates the story.
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Die Firma meldete am Montag Insolvenz an."),
                report("b", null, "Am Montag (14. Mai 2024) meldete die Firma Insolvenz an.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-14"); // the story's explicit date, not a Monday
        assertThat(story.get(0).inferred()).contains("published");
    }

    @Test
    void withoutWeekdaysTheStorysPublicationDateIsTaken() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Der Rat stimmte dem Haushalt zu."),
                report("b", "2024-05-21", "Der Rat hat den Haushalt beschlossen."),
                report("c", "2024-05-20T18:00:00+02:00", "Der Haushalt ist durch."),
                report("d", "2024-05-21T07:00:00+02:00", "Haushalt beschlossen.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-21");
        assertThat(story.subList(1, 4)).extracting(Article::published)
                .containsExactly("2024-05-21", "2024-05-20T18:00:00+02:00", "2024-05-21T07:00:00+02:00");
        assertThat(story.get(1).inferred()).doesNotContain("published");
    }

    @Test
    void withoutAnyPublicationDateTheMostCommonExplicitDateIsTaken() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Am 3. Juni 2024 stimmte der Rat ab."),
                report("b", null, "Der Rat stimmte am 3. Juni 2024 ab, die Gegner klagten am 9. Juni 2024.")));
        assertThat(story).extracting(Article::published).containsExactly("2024-06-03", "2024-06-03");
    }

    @Test
    void nothingToGoOnLeavesTheReportUndated() {
        List<Article> story = PublicationDates.infer(List.of(report("a", null, "Der Rat stimmte am Montag ab.")));
        assertThat(story.get(0).published()).isNull();
        assertThat(story.get(0).inferred()).doesNotContain("published");
    }

    @Test
    void yesterdayIsTheDayAfterTheDayAnotherReportTellsTheSameThing() {
        // "am Montag" alone would date the report Monday; "gestern … höchsten Stand erreicht" is the peak that the
        // other report dates Monday evening, so the report is Tuesday's
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Gestern Abend hatte der Fluss mit 3,1 Metern seinen höchsten Stand erreicht. "
                        + "Die Stadt hatte am Montag 140 Bewohner in Sicherheit gebracht."),
                report("b", "2024-05-13T21:30:00+02:00",
                        "Der Fluss hat am Montagabend einen Pegelstand von 2,9 Metern erreicht.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-14");
        assertThat(story.get(0).inferred()).contains("published");
    }

    @Test
    void yesterdayAboutSomethingNoOtherReportTellsIsNoEvidence() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Die Stadtwerke kündigten am Montag höhere Preise an. Gestern gab es Protest."),
                report("b", null, "Am Montag, dem 13. Mai 2024, stiegen die Preise.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-13"); // the weekday, as before
    }

    @Test
    void todayWithAWeekdayPinsThePublicationDay() {
        // Nobody dates the Tuesday: the Tuesday nearest the story's publication dates (13 and 15 May 2024) is the 14th
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Heute, am Dienstag, beriet der Gemeinderat erneut über das Freibad."),
                report("b", "2024-05-13T18:00:00+02:00", "Der Gemeinderat vertagte die Entscheidung über das Freibad."),
                report("c", "2024-05-15T07:00:00+02:00", "Das Freibad bleibt vorerst geschlossen.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-14");
        assertThat(story.get(0).inferred()).contains("published");
    }

    @Test
    void yesterdayWithAWeekdayPinsTheDayAfterIt() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Gestern Abend, am Montag, brannte in Ostheim eine Scheune nieder."),
                report("b", "2024-05-14T06:00:00+02:00", "In Ostheim ist eine Scheune abgebrannt."),
                report("c", "2024-05-15T06:00:00+02:00", "Die Polizei ermittelt nach dem Scheunenbrand."),
                report("d", "2024-05-15T09:00:00+02:00", "Brandstiftung in Ostheim nicht ausgeschlossen.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-14"); // not the story's most common day, the 15th
    }

    @Test
    void aBareWeekdayInThePastIsTheDayBeforeWhenTheStoryWasPublishedTheDayAfter() {
        // "am Mittwoch" says the report was written on or after that Wednesday, not on it: the story's reports are
        // Thursday's, and so is this one
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Am Mittwoch stimmte der Kreistag dem Neubau der Schule zu."),
                report("b", "2024-05-16T05:30:00+02:00", "Der Kreistag hat am Mittwoch (15. Mai) den Neubau beschlossen."),
                report("c", "2024-05-16T08:00:00+02:00", "Die Schule wird neu gebaut.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-16");
    }

    @Test
    void aWeekdayTakesTheStorysDateForItNearestThePublicationDates() {
        // the story dates two Mondays; the earlier, given twice, is a week before the story was published
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Die Stadtwerke kündigten am Montag höhere Preise an."),
                report("b", "2024-05-14", "Schon am Montag (6. Mai) hatte der Rat getagt; am Montag (13. Mai) "
                        + "kündigten die Stadtwerke höhere Preise an."),
                report("c", "2024-05-14", "Der Rat hatte am Montag, dem 6. Mai 2024, über die Preise beraten.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-14");
        var times = new RuleTimeTagger().tag(story.get(0), SentenceSplitter.ruleBased().split(story.get(0).text()),
                story.get(0).published());
        assertThat(times).extracting(t -> t.text() + "=" + t.value()).containsExactly("Montag=2024-05-13");
    }

    @Test
    void pinsThatDisagreeLeaveTheReportUndated() {
        // "gestern" tells the crest the other report dates Tuesday (so: Wednesday), "heute, am Dienstag" says Tuesday
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Gestern Abend hatte der Fluss mit 3,1 Metern seinen höchsten Stand erreicht. "
                        + "Heute, am Dienstag, sinkt der Pegel langsam."),
                report("b", "2024-05-14T21:30:00+02:00",
                        "Der Fluss hat am Dienstagabend (14. Mai) einen Pegelstand von 2,9 Metern erreicht.")));
        assertThat(story.get(0).published()).isNull();
        assertThat(story.get(0).inferred()).doesNotContain("published");
    }

    @Test
    void pastWeekdaysMoreThanAWeekApartLeaveTheReportUndated() {
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Am Montag brannte die Halle. Am Freitag nahm die Polizei einen Mann fest."),
                report("b", null, "Das Feuer vom Montag (6. Mai 2024) ist gelöscht. "
                        + "Die Festnahme am Freitag (17. Mai 2024) bestätigte die Polizei.")));
        assertThat(story.get(0).published()).isNull();
    }

    @Test
    void aComingWeekdayTheStoryDatesInAnotherWeekIsNoConflict() {
        // "werde am Mittwoch entscheiden" speaks of the Wednesday after Monday, not the story's earlier Wednesday
        List<Article> story = PublicationDates.infer(List.of(
                report("a", null, "Die Stadtwerke kündigten am Montag höhere Preise an. "
                        + "Es hieß, der Rat werde am Mittwoch darüber entscheiden."),
                report("b", null, "Schon am Mittwoch (8. Mai 2024) hatte der Rat beraten. "
                        + "Am Montagabend (13. Mai 2024) kündigten die Stadtwerke höhere Preise an.")));
        assertThat(story.get(0).published()).isEqualTo("2024-05-13");
    }
}
