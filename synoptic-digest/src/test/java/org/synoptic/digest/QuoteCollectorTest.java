package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.digest.StoryDigest.QuoteEntry;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.ArticleAnalyzer;

/** The story's quote list: which of the analysis's quotes a reader is shown. */
class QuoteCollectorTest {

    private static final String TEXT = "Die Ankündigung des Festes, das laut dem Rathaus „in der kommenden Woche“ "
            + "stattfinden soll, folgte auf einen Bericht des Senders Radio Talwind. Landrat Jonas Petersen sagte, "
            + "die Vorbereitungen würden zügig fortgesetzt.";

    private static ArticleAnalysis analysis() {
        Article a = new Article("a", "test", null, "Fest im Juni", TEXT, null, null, "2024-05-29", "de", Set.of());
        return ArticleAnalyzer.ruleBased().analyze(a);
    }

    /**
     * "…, das laut dem Rathaus … stattfinden soll, …": the analysis attributes the relative clause to the town hall,
     * but the clause alone is no one's words and is not listed.
     */
    @Test
    void aRelativeClauseThatASourceCueAttributesIsNoQuote() {
        ArticleAnalysis analysis = analysis();
        assertThat(analysis.quotes()).extracting(Quote::text)
                .anyMatch(t -> t.startsWith("das laut dem Rathaus")); // the analysis keeps it: else this test says nothing
        List<QuoteEntry> quotes = new QuoteCollector().collect(List.of(analysis));
        assertThat(quotes).extracting(QuoteEntry::text).noneMatch(t -> t.startsWith("das laut"));
    }

    /** A reported clause after "sagte," also opens with an article and stays. */
    @Test
    void aReportedClauseAfterTheVerbStays() {
        List<QuoteEntry> quotes = new QuoteCollector().collect(List.of(analysis()));
        assertThat(quotes).extracting(QuoteEntry::text).contains("die Vorbereitungen würden zügig fortgesetzt");
    }

    /** "…, so die Beamten." names the source as the cited-source list does: "Beamte", once. */
    @Test
    void anUnnamedSourceIsListedByTheNameTheSourcesGiveIt() {
        String text = "Die Stadt werde im Gegenzug auf neue Busse hoffen, so die Beamten. Der Bürgermeister sagte, "
                + "die Verhandlungen dauerten an.";
        Article a = new Article("b", "test", null, "Busse", text, null, null, "2024-05-29", "de", Set.of());
        ArticleAnalysis analysis = ArticleAnalyzer.ruleBased().analyze(a);
        assertThat(analysis.quotes()).extracting(Quote::speaker).contains("Beamten"); // as written, else no test
        assertThat(new QuoteCollector().collect(List.of(analysis))).extracting(QuoteEntry::speaker)
                .contains("Beamte").doesNotContain("Beamten");
    }
}
