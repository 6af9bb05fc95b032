package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.SourceKind;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.time.RuleTimeTagger;
import org.synoptic.text.SentenceSplitter;

/** What enters the timeline, on invented reports tagged by the rule time tagger. */
class TimelineBuilderTest {

    private final DigestBuilder builder = new DigestBuilder(analyses -> List.of(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD);

    private static ArticleAnalysis analysis(String id, String published, String text, ContentRole... roles) {
        Article article = new Article(id, id + ".txt", null, "Titel " + id, text, null, null, published, "de", Set.of());
        List<Sentence> sentences = SentenceSplitter.ruleBased().split(text);
        if (roles.length > 0) {
            sentences = sentences.stream().map(s -> s.withRole(roles[Math.min(s.index(), roles.length - 1)])).toList();
        }
        return new ArticleAnalysis(article, sentences, List.of(), List.of(), List.of(),
                new RuleTimeTagger().tag(article, sentences, published));
    }

    private List<StoryDigest.TimelineEntry> timeline(ArticleAnalysis... analyses) {
        return builder.build(new StoryMaterial("s-1", List.of(analyses), Map.of())).timeline();
    }

    @Test
    void statesAreNoEventsButASentenceWithItsOwnDateStays() {
        var t = timeline(analysis("a", "2025-03-20", "Er regiert die Stadt seit 2009. "
                + "Wiesmann, der seit 2009 im Rathaus sitzt, hatte am 17. März Einspruch eingelegt. "
                + "Schon 2019 hatte er eine Wahl knapp gewonnen. Seit gestern ist das Rathaus geschlossen. "
                + "Die Brücke ist seit dem 3. März 2025 gesperrt."));
        assertThat(t).extracting(StoryDigest.TimelineEntry::date, e -> e.text().substring(0, 12)).containsExactly(
                tuple("2019", "Schon 2019 h"),
                tuple("2025-03-03", "Die Brücke i"),
                tuple("2025-03-17", "Wiesmann, de"));
    }

    @Test
    void aNounsDateGivesWayToTheSentencesOwn() {
        var t = timeline(analysis("a", "2025-06-04", "Die Kreistagswahl vom 1. Juni wird am kommenden Montag neu "
                + "ausgezählt. Das Feuer vom Sonntag ist gelöscht."));
        assertThat(t).extracting(StoryDigest.TimelineEntry::date, e -> e.text().substring(0, 12)).containsExactly(
                tuple("2025-06-01", "Das Feuer vo"),
                tuple("2025-06-09", "Die Kreistag"));
    }

    @Test
    void captionsAreLeftOut() {
        var t = timeline(analysis("a", "2025-03-20", "Der Bürgermeister am 16. März im Rathaus. "
                + "Die Stichwahl fand am 16. März statt.", ContentRole.CAPTION, ContentRole.CONTENT));
        assertThat(t).extracting(StoryDigest.TimelineEntry::text).containsExactly("Die Stichwahl fand am 16. März statt.");
    }

    @Test
    void alikeSentencesOfOneDayOnDifferentSourcesAreTwoEvents() {
        String a = "Der Präsident wird im Mai nach Kanada reisen, wie die Regierung am 4. März 2024 mitteilte.";
        String b = "Der Präsident wird im Mai nach Kanada reisen, berichtete die Zeitung am 4. März 2024.";
        String c = "Der Präsident wird im Mai nach Kanada reisen, wie die Regierung am 4. März 2024 bestätigte.";
        var t = timeline(withSource(analysis("a", "2024-03-05", a), "Regierung"),
                withSource(analysis("b", "2024-03-05", b), "Zeitung"),
                withSource(analysis("c", "2024-03-05", c), "Regierung"));
        assertThat(t).extracting(StoryDigest.TimelineEntry::text, StoryDigest.TimelineEntry::articles).containsExactly(
                tuple(a, List.of("a", "c")), tuple(b, List.of("b")));
    }

    private static ArticleAnalysis withSource(ArticleAnalysis a, String name) {
        int at = a.article().text().indexOf(name);
        return new ArticleAnalysis(a.article(), a.sentences(), a.entities(), a.quotes(),
                List.of(new CitedSource(name, SourceKind.OTHER, at, at + name.length(), 0, "wie", null)),
                a.times());
    }

    @Test
    void rangesKeepTheirEnd() {
        var t = timeline(analysis("a", "2023-09-01", "Das Forum findet vom 10. bis zum 13. September statt."));
        assertThat(t).extracting(StoryDigest.TimelineEntry::date, StoryDigest.TimelineEntry::endDate)
                .containsExactly(tuple("2023-09-10", "2023-09-13"));
    }

    @Test
    void eventRelativeExpressionsDateTheirSentence() {
        var t = timeline(analysis("a", "2025-03-27", "Bei der Stichwahl am 16. März gewann die Herausforderin. "
                + "Der Amtsinhaber hatte am Montag nach der Wahl Einspruch eingelegt. "
                + "Die Neuauszählung ist für Samstag, den 29. März, angesetzt. Ein Ergebnis wird noch am selben Abend "
                + "erwartet."));
        assertThat(t).extracting(StoryDigest.TimelineEntry::date, e -> e.text().substring(0, 12)).containsExactly(
                tuple("2025-03-16", "Bei der Stic"),
                tuple("2025-03-17", "Der Amtsinha"),
                tuple("2025-03-29", "Die Neuauszä"),
                tuple("2025-03-29", "Ein Ergebnis"));
    }
}
