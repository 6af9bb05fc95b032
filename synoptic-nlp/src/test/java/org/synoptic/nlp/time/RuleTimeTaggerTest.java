package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.text.SentenceSplitter;

class RuleTimeTaggerTest {

    private static List<TimeExpression> tag(String text, String published) {
        Article a = Articles.of(text, published);
        List<TimeExpression> times = RuleBasedExtractors.timeTagger().tag(a, SentenceSplitter.ruleBased().split(text));
        for (TimeExpression t : times) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return times;
    }

    @Test
    void germanDatesRangesMonthsAndYears() {
        List<TimeExpression> t = tag("Die Messe findet vom 3. bis zum 6. Oktober statt. Am 4. Mai 2021 begann es. "
                + "Im Juli kam der Minister, Ende August die Antwort. Schon 2019 gab es Streit.", "2022-05-17");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::endValue).containsExactly(
                tuple("3. bis zum 6. Oktober", "2022-10-03", "2022-10-06"),
                tuple("4. Mai 2021", "2021-05-04", null),
                tuple("Juli", "2022-07", null),
                tuple("Ende August", "2022-08", null),
                tuple("2019", "2019", null));
        assertThat(t).extracting(TimeExpression::precision).containsExactly(TimeExpression.Precision.DAY,
                TimeExpression.Precision.DAY, TimeExpression.Precision.MONTH, TimeExpression.Precision.MONTH,
                TimeExpression.Precision.YEAR);
    }

    @Test
    void aSpanOfYearsKeepsItsEnd() {
        List<TimeExpression> t = tag("Zwischen 2016 und 2021 zweigte er Geld ab. Von 2012 bis 2014 war er im Rat. "
                + "Between 2018 and 2020 prices rose. Zwischen 2022 und 2019 liegt nichts.", "2024-03-05");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::endValue).containsExactly(
                tuple("2016 und 2021", "2016", "2021"),
                tuple("2012 bis 2014", "2012", "2014"),
                tuple("2018 and 2020", "2018", "2020"),
                tuple("2022", "2022", null),
                tuple("2019", "2019", null));
    }

    /**
     * The five German examples of issue 4, anchored on {@link #ISSUE_EXAMPLES_ANCHOR}; shared with the combined test.
     */
    static final String ISSUE_EXAMPLES = "Am Montagabend (4. September) kam es zu Krawallen. Im Juli war es ruhig. "
            + "Er reiste am späten Sonntag ab. Letztes Jahr war es anders. Die Messe läuft vom 10. bis zum 13. "
            + "September.";
    static final String ISSUE_EXAMPLES_ANCHOR = "2023-09-12";
    /** What {@link #ISSUE_EXAMPLES} must give: text, value, end value. */
    static final org.assertj.core.groups.Tuple[] ISSUE_EXAMPLES_EXPECTED = {
        tuple("Montagabend (4. September)", "2023-09-04TEV", null),
        tuple("Juli", "2023-07", null),
        tuple("späten Sonntag", "2023-09-10", null),
        tuple("Letztes Jahr", "2022", null),
        tuple("10. bis zum 13. September", "2023-09-10", "2023-09-13")};

    @Test
    void theFiveExamplesOfIssue4() {
        List<TimeExpression> t = tag(ISSUE_EXAMPLES, ISSUE_EXAMPLES_ANCHOR);
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::endValue)
                .containsExactly(ISSUE_EXAMPLES_EXPECTED);
    }

    @Test
    void aWeekdayWithItsDateTakesTheDate() {
        assertThat(tag("Die Brücke soll am Dienstag, dem 10. Juni, wieder offen sein.", "2025-03-05"))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("Dienstag, dem 10. Juni", "2025-06-10"));
    }

    @Test
    void missingYearWithoutReference() {
        assertThat(tag("Am 12. März kam es zum Treffen, 12. bis 14. März tagte man.", null))
                .extracting(TimeExpression::value, TimeExpression::endValue)
                .containsExactly(tuple("XXXX-03-12", null), tuple("XXXX-03-12", "XXXX-03-14"));
    }

    @Test
    void weekdaysAndRelativeExpressionsResolveAgainstPublication() {
        List<TimeExpression> t = tag("Am Montag sprach sie. Heute ist es ruhig. Letzten Monat war es anders, "
                + "letztes Jahr auch.", "2024-03-13");
        assertThat(t).extracting(TimeExpression::value)
                .containsExactly("2024-03-11", "2024-03-13", "2024-02", "2023");
    }

    @Test
    void futureWeekdayLooksAhead() {
        assertThat(tag("Das Treffen soll am Freitag stattfinden.", "2024-03-13"))
                .extracting(TimeExpression::value).containsExactly("2024-03-15");
    }

    @Test
    void theFutureInThePastLooksAhead() {
        // reported speech: what was said on Saturday would happen on the coming Monday
        assertThat(tag("The mayor said the council would open a hardship fund on Monday.", "2025-03-15"))
                .extracting(TimeExpression::value).containsExactly("2025-03-17");
        assertThat(tag("Der Bürgermeister sagte, der Rat würde am Montag über einen Härtefonds entscheiden.",
                "2025-03-15")).extracting(TimeExpression::value).containsExactly("2025-03-17");
        assertThat(tag("On Monday the mayor said the fund would be opened.", "2025-03-15"))
                .extracting(TimeExpression::value).containsExactly("2025-03-10");
    }

    @Test
    void aStartingPointOrLimitOfDaysToComeLooksAhead() {
        assertThat(tag("Ab Dienstag fahren die Züge im Stundentakt.", "2025-11-03"))
                .extracting(TimeExpression::value).containsExactly("2025-11-04");
        assertThat(tag("Die Bewohner dürfen frühestens am Mittwoch in ihre Häuser zurück.", "2025-10-14"))
                .extracting(TimeExpression::value).containsExactly("2025-10-15");
        assertThat(tag("Die Straße ist seit Dienstag gesperrt.", "2025-10-16"))
                .extracting(TimeExpression::value).containsExactly("2025-10-14");
    }

    @Test
    void tenseIsReadInTheWeekdaysOwnClause() {
        assertThat(tag("Er habe die Stadt am Sonntag verlassen und werde am Dienstag ankommen.", "2024-03-13"))
                .extracting(TimeExpression::value).containsExactly("2024-03-10", "2024-03-19");
    }

    @Test
    void weekdayWithoutReferenceIsSkipped() {
        assertThat(tag("Am Dienstag reiste er ab.", null)).isEmpty();
        assertThat(tag("Am Dienstag reiste er ab.", "2024-03")).isEmpty();
    }

    @Test
    void englishDates() {
        List<TimeExpression> t = tag("The summit on September 10, 2023 followed talks on Tuesday. It ends 2023-09-13. "
                + "Last month was calm.", "2023-09-12");
        assertThat(t).extracting(TimeExpression::value)
                .containsExactly("2023-09-10", "2023-09-12", "2023-09-13", "2023-08");
    }
}
