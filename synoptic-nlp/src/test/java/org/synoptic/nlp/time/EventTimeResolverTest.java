package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.Articles;
import org.synoptic.text.SentenceSplitter;

/** Expressions that count from an event the text names, and weekdays the report dates elsewhere (invented text). */
class EventTimeResolverTest {

    private static List<TimeExpression> tag(String text, String anchor) {
        Article a = Articles.of(text, anchor);
        List<TimeExpression> times = new RuleTimeTagger().tag(a, SentenceSplitter.ruleBased().split(text), anchor);
        for (TimeExpression t : times) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return times;
    }

    @Test
    void aWeekdayAfterANamedEventCountsFromThatEvent() {
        // Published on a Thursday; "am Montag" alone would be 2024-06-10, the Monday after the vote is the 3rd.
        List<TimeExpression> t = tag("Bei der Abstimmung am 2. Juni verlor der Bürgermeister knapp. "
                + "Er hatte am Montag nach der Abstimmung Beschwerde eingelegt.", "2024-06-13");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("2. Juni", "2024-06-02"),
                tuple("Montag nach der Abstimmung", "2024-06-03"));
    }

    @Test
    void theEventNounMayBeTheLastPartOfACompound() {
        List<TimeExpression> t = tag("Die Landratswahl am 7. April 2024 ging knapp aus. "
                + "Am Tag nach der Wahl forderte die Partei eine Prüfung. Zwei Tage vor der Wahl war es ruhig.",
                null);
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("7. April 2024", "2024-04-07"),
                tuple("Tag nach der Wahl", "2024-04-08"),
                tuple("Zwei Tage vor der Wahl", "2024-04-05"));
    }

    @Test
    void anEnglishNounAfterTheArticleMayBeAModifierSoItCountsFromNothing() {
        List<TimeExpression> t = tag("The river burst its banks on March 14, 2025. Two days after the River Avon "
                + "burst its banks, residents began pumping out their homes on Sunday.", "2025-03-17");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("March 14, 2025", "2025-03-14"),
                tuple("Sunday", "2025-03-16"));
    }

    @Test
    void anEventWithoutADateLeavesTheExpressionOut() {
        // The publication date would date it wrongly: better no date than the anchor's Monday.
        List<TimeExpression> t = tag("Am Montag nach dem Unfall meldete sich ein Zeuge.", "2024-06-13");
        assertThat(t).isEmpty();
    }

    @Test
    void anEventNounTheReportNeverDatesIsItsLeadEvent() {
        // "dem Unfall" is what the report is about; it dates that first ("Gestern Abend, am Montag"), not by the noun
        List<TimeExpression> t = tag("Gestern Abend, am Montag, stürzte in Lindhausen ein Baukran auf ein Wohnhaus. "
                + "Verletzt wurde niemand. Am Tag nach dem Unfall prüften Gutachter die Baustelle. "
                + "Die Straße soll heute Abend, am Dienstag, wieder frei sein.", "2024-06-11");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).contains(
                tuple("Tag nach dem Unfall", "2024-06-11"));
    }

    @Test
    void theLeadEventMayBeToldAfterTheExpression() {
        List<TimeExpression> t = tag("Am Tag nach dem Brand haben in Ostheim die Aufräumarbeiten begonnen. "
                + "Die Scheune war am Samstagabend niedergebrannt.", "2024-06-10");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Tag nach dem Brand", "2024-06-09"),
                tuple("Samstagabend", "2024-06-08TEV"));
    }

    @Test
    void aComingEventIsNotTheLeadEvent() {
        // the vote is still to come: counting from Monday's presentation would date the council's meeting wrongly
        List<TimeExpression> t = tag("Am Montag stellte die Partei ihr Programm vor. "
                + "Am Tag nach der Wahl soll der neue Rat zum ersten Mal tagen.", "2024-06-13");
        assertThat(t).extracting(TimeExpression::text).containsExactly("Montag");
    }

    @Test
    void aDayCountedFromTheLeadEventAfterThePublicationDayIsLeftOut() {
        List<TimeExpression> t = tag("Am Montag brannte in Ostheim eine Scheune. "
                + "Drei Tage nach dem Feuer beginnt der Abriss.", "2024-06-11");
        assertThat(t).extracting(TimeExpression::text).containsExactly("Montag");
    }

    @Test
    void theSameEveningIsTheEveningOfTheEventJustTold() {
        // A sentence lies between the recount's date and "am selben Abend"; the anchor is a week before.
        List<TimeExpression> t = tag("Die Nachzählung ist für Samstag, den 12. Oktober, angesetzt. "
                + "Der Wahlleiter sagte, alle dürften zusehen, Kameras seien nicht erlaubt. "
                + "Ein Ergebnis wird noch am selben Abend erwartet.", "2024-10-04");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Samstag, den 12. Oktober", "2024-10-12"),
                tuple("selben Abend", "2024-10-12TEV"));
    }

    @Test
    void theFollowingDayAndTheDayBeforeCountFromTheLastDate() {
        List<TimeExpression> t = tag("Das Feuer brach am 3. Mai 2022 aus. Am folgenden Tag war es gelöscht. "
                + "Tags zuvor hatte es geregnet. Zwei Tage später kam der Minister. Am Tag danach reiste er ab.",
                null);
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("3. Mai 2022", "2022-05-03"),
                tuple("folgenden Tag", "2022-05-04"),
                tuple("Tags zuvor", "2022-05-03"),
                tuple("Zwei Tage später", "2022-05-05"),
                tuple("Tag danach", "2022-05-06"));
    }

    @Test
    void aCountedDayWithoutATellingDateBeforeItIsLeftOut() {
        assertThat(tag("Am folgenden Tag war alles vorbei.", "2024-03-01")).isEmpty();
        // Too far back: the date is three sentences before.
        List<TimeExpression> t = tag("Es begann am 1. März 2024. Dann kam Regen. Dann Sturm. Dann Stille. "
                + "Am nächsten Tag war es vorbei.", null);
        assertThat(t).extracting(TimeExpression::text).containsExactly("1. März 2024");
    }

    @Test
    void aBareWeekdayTakesTheDateTheReportGivesThatWeekday() {
        // Published on a Thursday; the tense guess would make "am Samstag" the 22nd, the report dates it the 29th.
        List<TimeExpression> t = tag("Die Nachzählung ist für Samstag, den 29. März, angesetzt. "
                + "Die Anhänger wollen am Samstag Kuchen verkaufen. "
                + "Man rechnet damit, dass das Ergebnis noch am Samstagabend feststeht.", "2025-03-20");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Samstag, den 29. März", "2025-03-29"),
                tuple("Samstag", "2025-03-29"),
                tuple("Samstagabend", "2025-03-29TEV"));
    }

    @Test
    void aBareWeekdayAfterADirectedOneTakesItsDate() {
        List<TimeExpression> t = tag("Am kommenden Samstag wird neu gezählt. "
                + "Man rechnet damit, dass das Ergebnis noch am Samstagabend feststeht.", "2025-03-24");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("kommenden Samstag", "2025-03-29"),
                tuple("Samstagabend", "2025-03-29TEV"));
    }

    @Test
    void withoutAnAnchorABareWeekdayStillTakesTheReportsDateForIt() {
        List<TimeExpression> t = tag("Am Montagabend (4. September 2023) schrieb die Zeitung davon. "
                + "Am Montag hatte auch die Agentur berichtet.", null);
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Montagabend (4. September 2023)", "2023-09-04TEV"),
                tuple("Montag", "2023-09-04"));
    }

    @Test
    void aWeekdayFarFromItsDatedNamesakeKeepsItsOwnReading() {
        List<TimeExpression> t = tag("Am Montag, dem 3. Juni, begann der Prozess. Am Montag sagte der Zeuge aus.",
                "2024-06-27");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Montag, dem 3. Juni", "2024-06-03"),
                tuple("Montag", "2024-06-24"));
    }
}
