package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;

/**
 * A story told in German and English: the English report ({@code 03-upper-rhine-observer.jsonl} of the trust sample
 * "bahnstrecke-seltzbach") supports the German facts it states, through the terms both languages share, and no
 * other. The four reports are digested as one story, as the cross-lingual linking gives them.
 */
@Tag("corenlp")
class BilingualDigestTest {

    private static final String ENGLISH = "bs-upper-rhine-observer";
    private static StoryDigest digest;

    @BeforeAll
    static void digestTheStory() throws Exception {
        IngestReport report = new ArticleIngester().ingest(
                List.of(SampleDigestTest.ROOT.resolve("samples/trust/news/bahnstrecke-seltzbach").toString()));
        assertThat(report.articles()).hasSize(4);
        digest = StoryPipeline.standard().digester().digest("s-bahnstrecke", report.articles(), StoryDigester.Analyses.NONE);
    }

    private static Optional<StoryDigest.Fact> factWith(String words) {
        return digest.facts().stream().filter(f -> f.evidence().stream().anyMatch(e -> e.text().contains(words))).findFirst();
    }

    private static String englishEvidence(StoryDigest.Fact f) {
        return f.evidence().stream().filter(e -> e.article().equals(ENGLISH)).map(StoryDigest.Evidence::text)
                .findFirst().orElse(null);
    }

    @Test
    void theEnglishReportSupportsTheFactsItStates() {
        StoryDigest.Fact train = factWith("Brandstätter kam mit dem Zug").orElseThrow();
        assertThat(train.articles()).contains(ENGLISH).hasSize(4);
        assertThat(englishEvidence(train)).contains("arrived by special train from Mainz");

        StoryDigest.Fact blownUp = factWith("1944").orElseThrow();
        assertThat(englishEvidence(blownUp)).contains("blown up in 1944");

        StoryDigest.Fact hourly = factWith("1.200 Fahrgäste").orElseThrow();
        assertThat(englishEvidence(hourly)).contains("every hour").contains("1,200 passengers");

        // "4 Millionen Euro" meets "4 million euros" by its value; the dollar conversion in brackets is no other value
        StoryDigest.Fact cost = factWith("4 Millionen Euro").orElseThrow();
        assertThat(englishEvidence(cost)).contains("cost 4 million euros");
        assertThat(cost.contradictedBy()).containsExactly("bs-rheinpost");
    }

    @Test
    void theDigestNamesBothLanguages() throws Exception {
        StringBuilder md = new StringBuilder();
        new org.synoptic.digest.render.MarkdownDigestWriter().write(List.of(digest), java.util.Map.of(), md);
        assertThat(md.toString()).contains("Sprachen: Deutsch, Englisch");
    }

    @Test
    void anEnglishSentenceSupportsNoFactItDoesNotState() {
        for (StoryDigest.Fact f : digest.facts()) {
            String english = englishEvidence(f);
            if (english != null) {
                // each English evidence shares a name, number or translated word that the fact's German text holds
                assertThat(english).as(f.text()).containsAnyOf("train", "1944", "1,200", "Europe", "Mainz", "Monday",
                        "4 million euros");
            }
        }
        StoryDigest.Fact delegation = factWith("Delegation aus Straßburg").orElseThrow();
        assertThat(delegation.articles()).doesNotContain(ENGLISH);
    }
}
