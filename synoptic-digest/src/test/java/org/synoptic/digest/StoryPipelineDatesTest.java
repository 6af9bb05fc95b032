package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.model.Article;
import org.synoptic.nlp.ArticleAnalyzer;

/** The pipeline dates an undated report from the story and anchors its relative times there (invented reports). */
class StoryPipelineDatesTest {

    private static Article report(String id, String published, String title, String text) {
        return new Article(id, id + ".txt", null, title, text, "Blatt " + id, null, published, "de", Set.of());
    }

    @Test
    void anUndatedReportsMondayIsDatedByAnotherReport() {
        StoryPipeline pipeline = new StoryPipeline(SyndicationGrouper.defaults(), StoryClusterer.defaults(),
                ArticleAnalyzer.ruleBased(), DigestBuilder.standard());
        List<StoryDigest> digests = pipeline.digest(List.of(
                report("a", null, "Stadtwerke Kaltenbach erhöhen die Gaspreise",
                        "Die Stadtwerke Kaltenbach erhöhen die Gaspreise um zwölf Prozent. Das teilte der Versorger "
                                + "am Montag mit. Die Verbraucherzentrale Kaltenbach kritisierte die Stadtwerke."),
                report("b", "2024-05", "Gaspreise in Kaltenbach steigen um zwölf Prozent",
                        "Die Stadtwerke Kaltenbach erhöhen die Gaspreise um zwölf Prozent, wie der Versorger am "
                                + "Montagabend (13. Mai) mitteilte. Die Verbraucherzentrale Kaltenbach ist empört.")));
        assertThat(digests).hasSize(1);
        StoryDigest digest = digests.get(0);
        assertThat(digest.articles()).extracting(StoryDigest.ArticleRef::published, StoryDigest.ArticleRef::publishedInferred)
                .containsExactly(org.assertj.core.api.Assertions.tuple("2024-05-13", true),
                        org.assertj.core.api.Assertions.tuple("2024-05-13", true));
        assertThat(digest.timeline()).extracting(StoryDigest.TimelineEntry::date).containsOnly("2024-05-13");
        assertThat(digest.timeline()).flatExtracting(StoryDigest.TimelineEntry::articles).contains("a", "b");
    }
}
