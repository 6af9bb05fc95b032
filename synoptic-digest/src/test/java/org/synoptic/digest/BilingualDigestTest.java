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

    /**
     * The ferry fire of {@code samples/crosslingual}: each evidence sentence is its report's own sentence, in its
     * report's language, at its offsets; quotes keep their language; the entity list holds each place and person once
     * across spellings; the English report's cited sources are listed.
     */
    @Test
    void theCrossLingualSampleKeepsEachLanguageAndMergesEntities() throws Exception {
        IngestReport report = new ArticleIngester().ingest(
                List.of(SampleDigestTest.ROOT.resolve("samples/crosslingual/news").toString()));
        List<org.synoptic.model.Article> ferry = report.articles().stream()
                .filter(a -> List.of("01-ostseekurier", "xl-nordpost", "xl-harbour-wire").contains(a.id())).toList();
        StoryDigest d = StoryPipeline.standard().digester().digest("s-ferry", ferry, StoryDigester.Analyses.NONE);
        java.util.Map<String, org.synoptic.model.Article> byId = new java.util.HashMap<>();
        ferry.forEach(a -> byId.put(a.id(), a));
        for (StoryDigest.Fact f : d.facts()) {
            for (StoryDigest.Evidence e : f.evidence()) {
                assertThat(byId.get(e.article()).text().substring(e.start(), e.end())).as(f.text()).isEqualTo(e.text());
            }
        }
        StoryDigest.Fact sixAm = d.facts().stream().filter(f -> f.text().contains("6 Uhr")).findFirst().orElseThrow();
        assertThat(sixAm.articles()).contains("xl-harbour-wire");
        assertThat(sixAm.evidence()).filteredOn(e -> e.article().equals("xl-harbour-wire")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("6 a.m."));
        assertThat(d.quotes()).extracting(StoryDigest.QuoteEntry::text)
                .anyMatch(q -> q.contains("vorbildlich gehandelt")).anyMatch(q -> q.contains("exemplary manner"));
        assertThat(d.entities()).filteredOn(en -> en.variants().contains("Klaipeda") || en.name().equals("Klaipeda"))
                .singleElement().satisfies(en -> assertThat(en.variants()).contains("Klaipėda"));
        assertThat(d.citedSources()).extracting(StoryDigest.SourceEntry::name).contains("coast guard", "Baltrava", "Nordpress");
    }
}
