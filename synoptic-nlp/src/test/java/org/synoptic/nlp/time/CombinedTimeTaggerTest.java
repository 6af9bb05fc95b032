package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.StandardExtractors;
import org.synoptic.nlp.TimeTagger;
import org.synoptic.text.SentenceSplitter;

/** The product time tagger on the examples of issue 4; loads HeidelTime (a few seconds, once per test JVM). */
@Tag("heideltime")
class CombinedTimeTaggerTest {

    private static final TimeTagger TAGGER = StandardExtractors.timeTagger();

    private static List<TimeExpression> tag(TimeTagger tagger, String text, String language, String anchor) {
        Article a = new Article("t1", "test", null, null, text, null, null, null, language, null);
        List<TimeExpression> times = tagger.tag(a, SentenceSplitter.ruleBased().split(text), anchor);
        for (TimeExpression t : times) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return times;
    }

    @Test
    void theFiveGermanExamplesWithAPublicationDate() {
        List<TimeExpression> t = tag(TAGGER, RuleTimeTaggerTest.ISSUE_EXAMPLES, "de",
                RuleTimeTaggerTest.ISSUE_EXAMPLES_ANCHOR);
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::endValue)
                .containsExactly(RuleTimeTaggerTest.ISSUE_EXAMPLES_EXPECTED);
    }

    @Test
    void aStretchOfUnnamedLengthIsNoDateButTheSameEveningIs() {
        List<TimeExpression> t = tag(TAGGER, "Der Minister werde in den kommenden Tagen anreisen, hieß es. "
                + "Die Abstimmung ist für Freitag, den 8. März, angesetzt. Ein Ergebnis wird noch am selben Abend "
                + "erwartet.", "de", "2024-03-01");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Freitag, den 8. März", "2024-03-08"),
                tuple("selben Abend", "2024-03-08TEV"));
    }

    @Test
    void aStoryMonthAsAnchorKeepsItsPrecision() {
        List<TimeExpression> t = tag(TAGGER, "Im Juli stieg der Pegel. Am Montag kam die Flut. Letztes Jahr blieb es "
                + "trocken.", "de", "2023-07");
        assertThat(t).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("Juli", "2023-07"), tuple("Letztes Jahr", "2022"));
    }

    @Test
    void heidelTimeFillsWhatTheRulesMiss() {
        // The rules have no pattern for "the day after tomorrow" and read "tomorrow"; HeidelTime reads it all.
        String text = "The verdict is expected the day after tomorrow.";
        assertThat(tag(RuleBasedExtractors.timeTagger(), text, "en", "2024-03-13")).extracting(TimeExpression::value)
                .containsExactly("2024-03-14");
        assertThat(tag(TAGGER, text, "en", "2024-03-13")).extracting(TimeExpression::value)
                .containsExactly("2024-03-15");
    }

    @Test
    void heidelTimeAloneMarksAnUnknownYear() {
        List<TimeExpression> t = tag(new HeidelTimeTagger(), "Am 12. März 2020 schlossen die Schulen, am 3. Mai "
                + "öffneten sie.", "de", null);
        assertThat(t).extracting(TimeExpression::value).containsExactly("2020-03-12", "XXXX-05-03");
    }

    @Test
    void otherLanguagesGetNothingFromHeidelTime() {
        assertThat(tag(new HeidelTimeTagger(), "Le 4 septembre 2023, rien.", "fr", "2023-09-12")).isEmpty();
    }
}
