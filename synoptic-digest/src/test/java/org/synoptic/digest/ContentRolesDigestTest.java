package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.SentenceSplitter;

/** The digest's quote list, summary and headline leave out captions, credits, teasers and boilerplate. */
class ContentRolesDigestTest {

    private static final String LEGAL = "Der Volltext dieses auf Agenturmeldungen basierenden Beitrags steht aus "
            + "rechtlichen Gründen nicht mehr zur Verfügung.";

    private static Article article(String id, String title, String text) {
        return new Article(id, "test", null, title, text, null, null, "2024-05-29", "de", Set.of());
    }

    private static ArticleAnalysis analysis(Article a, List<Quote> quotes) {
        List<Sentence> sentences = ContentRoles.standard().assign(a, SentenceSplitter.ruleBased().split(a.text()));
        return new ArticleAnalysis(a, sentences, List.of(), quotes, List.of(), List.of());
    }

    private static Quote quote(String text, String in, String speaker) {
        int start = text.indexOf(in);
        return new Quote(in, start, start + in.length(), speaker, -1, -1, null, null, true, Quote.Kind.DIRECT);
    }

    @Test
    void aBoilerplateTitleIsNeverTheHeadline() {
        HeadlineChooser chooser = new HeadlineChooser();
        Article legal = article("a", LEGAL, "Der Stadtrat beschloss das neue Parkhaus am Bahnhof. " + LEGAL);
        Article real = article("b", "Stadtrat beschließt Parkhaus am Bahnhof",
                "Der Stadtrat beschloss am Montag das neue Parkhaus am Bahnhof.");
        assertThat(chooser.choose(List.of(legal, real), "de")).isEqualTo("Stadtrat beschließt Parkhaus am Bahnhof");
        assertThat(chooser.choose(List.of(legal), "de")).as("no title qualifies: the first content sentence")
                .isEqualTo("Der Stadtrat beschloss das neue Parkhaus am Bahnhof.");
    }

    @Test
    void anInferredTitleThatRunsIntoTheLegalLineGivesWayToTheLead() {
        String text = "Stadtrat lehnt Parkhaus ab. " + LEGAL;
        Article a = new Article("a", "test", null, "Stadtrat lehnt Parkhaus ab. Der Volltext dieses auf Agenturmeldungen …",
                text, null, null, null, "de", Set.of("title"));
        assertThat(new HeadlineChooser().choose(List.of(a), "de")).isEqualTo("Stadtrat lehnt Parkhaus ab.");
    }

    @Test
    void aQuoteInACaptionIsNoQuoteOfTheStory() {
        String text = "Der Stadtrat beschloss am Montag das neue Parkhaus am Bahnhof.\n"
                + "„Das wird ein schönes Haus“, sagt die Bürgermeisterin auf der Baustelle. © Stadtblatt\n"
                + "„Wir beginnen im Herbst mit dem Bau“, sagte die Bürgermeisterin.";
        Article a = article("a", "Parkhaus", text);
        ArticleAnalysis analysis = analysis(a, List.of(quote(text, "„Das wird ein schönes Haus“", "Bürgermeisterin"),
                quote(text, "„Wir beginnen im Herbst mit dem Bau“", "Bürgermeisterin")));
        assertThat(analysis.sentences().get(1).isContent()).isFalse();
        assertThat(new QuoteCollector().collect(List.of(analysis))).extracting(StoryDigest.QuoteEntry::text)
                .containsExactly("„Wir beginnen im Herbst mit dem Bau“");
    }

    @Test
    void theSummaryLeadIsTheFirstContentSentence() {
        String caption = "Das Parkhaus am Bahnhof in Neustadt im Modell (Archivbild)";
        Article a = article("a", "Parkhaus", caption + "\nDer Stadtrat beschloss am Montag das neue Parkhaus am Bahnhof von Neustadt.");
        Article b = article("b", "Parkhaus", "Das neue Parkhaus am Bahnhof von Neustadt hat der Stadtrat am Montag beschlossen.\n"
                + caption);
        List<ArticleAnalysis> analyses = List.of(analysis(a, List.of()), analysis(b, List.of()));
        SentenceVectors vectors = SentenceVectors.of(analyses, "de", Map.of());
        List<String> summary = new SummaryWriter().write(List.of(), vectors, analyses).stream()
                .map(StoryDigest.SummarySentence::text).toList();
        assertThat(summary).isNotEmpty().doesNotContain(caption)
                .contains("Der Stadtrat beschloss am Montag das neue Parkhaus am Bahnhof von Neustadt.");
    }
}
