package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.text.SentenceSplitter;

/** Event-relative expressions dated by another report of the story (invented reports). */
class StoryEventTimesTest {

    private static ArticleAnalysis read(String id, String published, String text) {
        Article a = new Article(id, id + ".txt", null, null, text, null, null, published, "de", null);
        List<Sentence> sentences = SentenceSplitter.ruleBased().split(text);
        return new ArticleAnalysis(a, sentences, List.of(), List.of(), List.of(),
                new RuleTimeTagger().tag(a, sentences, published));
    }

    @Test
    void anEventAnotherReportDatesDatesTheExpression() {
        // the second report never dates the vote, and its coming council meeting is no past lead event
        List<ArticleAnalysis> story = StoryEventTimes.complete(List.of(
                read("a", "2024-06-11", "Bei der Kreistagswahl am 9. Juni verlor die Koalition ihre Mehrheit."),
                read("b", "2024-06-12", "Am Montag nach der Wahl soll der neue Kreistag zum ersten Mal tagen.")));
        assertThat(story.get(1).times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("Montag nach der Wahl", "2024-06-10"));
    }

    @Test
    void reportsThatDateTheEventDifferentlyDateNothing() {
        List<ArticleAnalysis> story = StoryEventTimes.complete(List.of(
                read("a", "2024-06-11", "Bei der Wahl am 9. Juni verlor die Koalition."),
                read("b", "2024-06-11", "Bei der Wahl am 2. Juni verlor die Koalition."),
                read("c", "2024-06-12", "Am Tag nach der Wahl soll der Kreistag tagen.")));
        assertThat(story.get(2).times()).isEmpty();
    }

    @Test
    void theReportsOwnDateForTheEventComesFirst() {
        List<ArticleAnalysis> story = StoryEventTimes.complete(List.of(
                read("a", "2024-06-11", "Bei der Wahl am 2. Juni verlor die Koalition."),
                read("b", "2024-06-12", "Die Wahl am 9. Juni ging knapp aus. Am Tag nach der Wahl tagte der Kreistag.")));
        assertThat(story.get(1).times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("9. Juni", "2024-06-09"), tuple("Tag nach der Wahl", "2024-06-10"));
    }

    @Test
    void theStorysDateForTheNamedEventComesBeforeTheLeadEvent() {
        // b's lead event is Monday's presentation, not the vote the other report dates
        List<ArticleAnalysis> story = StoryEventTimes.complete(List.of(
                read("a", "2024-06-11", "Bei der Kreistagswahl am 9. Juni verlor die Koalition ihre Mehrheit."),
                read("b", "2024-06-14", "Am Dienstag stellte die Partei ihr Programm vor. "
                        + "Am Tag nach der Wahl hatte sie noch gejubelt.")));
        assertThat(story.get(1).times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("Dienstag", "2024-06-11"), tuple("Tag nach der Wahl", "2024-06-10"));
    }
}
