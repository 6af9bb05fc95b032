package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;

class SentenceVectorsTest {

    /** All sentences of the bundled samples, as one story: many pairs near every threshold. */
    private static SentenceVectors sampleSentences() {
        Path samples = Path.of(System.getProperty("synoptic.root", "..")).resolve("samples/news");
        List<ArticleAnalysis> analyses = new ArrayList<>();
        for (Article a : new ArticleIngester().ingest(List.of(samples.toString())).articles()) {
            analyses.add(DigestBuilderTest.analysis(a.id(), a.text()));
        }
        return SentenceVectors.of(analyses, "de", Map.of());
    }

    @Test
    void theCandidateSearchFindsEveryPairThatReachesTheMinimum() {
        SentenceVectors vectors = sampleSentences();
        List<SentenceVectors.Vector> all = vectors.all();
        assertThat(all).hasSizeGreaterThan(100);
        for (double minimum : new double[] {0.05, 0.15, 0.22, 0.5}) {
            int pairs = 0;
            for (int i = 0; i < all.size(); i++) {
                int[] candidates = vectors.candidatesLater(i, term -> false, minimum);
                int[] numberless = vectors.candidatesLater(i, SentenceVectors::distinctiveNumber, minimum);
                for (int j = i + 1; j < all.size(); j++) {
                    if (SentenceVectors.cosine(all.get(i).weights(), all.get(j).weights()) >= minimum) {
                        pairs++;
                        assertThat(Arrays.binarySearch(candidates, j)).as("pair %d-%d at %s", i, j, minimum).isNotNegative();
                    }
                    if (SentenceVectors.cosineIgnoringNumbers(all.get(i).weights(), all.get(j).weights()) >= minimum) {
                        assertThat(Arrays.binarySearch(numberless, j)).as("pair %d-%d at %s", i, j, minimum).isNotNegative();
                    }
                }
                assertThat(candidates).isSorted();
                int row = i;
                assertThat(Arrays.stream(candidates).allMatch(j -> j > row)).isTrue();
            }
            assertThat(pairs).as("pairs at %s", minimum).isPositive();
        }
    }

    @Test
    void theSearchLeavesOutMostPairs() {
        SentenceVectors vectors = sampleSentences();
        long candidates = 0;
        int n = vectors.all().size();
        for (int i = 0; i < n; i++) {
            candidates += vectors.candidatesLater(i, term -> false, 0.22).length;
        }
        // four unrelated stories: far fewer candidates than pairs
        assertThat(candidates).isLessThan((long) n * (n - 1) / 2 / 4);
    }

    private static ArticleAnalysis analysed(String id, String text) {
        Article article = new Article(id, id + ".txt", null, "Titel " + id, text, null, null, "2025-03-04", "de",
                java.util.Set.of());
        return org.synoptic.nlp.ArticleAnalyzer.ruleBased().analyze(article);
    }

    private static double weightOf(Map<String, Double> weights, String word) {
        return weights.get(SentenceVectors.stems(word, "de").get(0));
    }

    @Test
    void aMediumsAttributionWeighsLessThanWhatItReports() {
        ArticleAnalysis viaAgency = analysed("a", "Es gebe Anzeichen dafür, dass die Bürgermeisterin mit einem Sonderzug "
                + "nach Lindau gereist sei, berichtete die Nachrichtenagentur dpa unter Berufung auf Beamte im Rathaus.");
        ArticleAnalysis byActor = analysed("b",
                "Die Versicherer sagten, sie hätten bereits mehrere hundert Schadensmeldungen aus Wendlingen erhalten.");
        SentenceVectors vectors = SentenceVectors.of(List.of(viaAgency, byActor), "de", Map.of());
        Map<String, Double> framed = vectors.all().get(0).weights();
        // same frequency, same story frequency: only the attribution frame tells them apart
        assertThat(weightOf(framed, "Berufung") / weightOf(framed, "Anzeichen"))
                .isLessThan(0.5).isCloseTo(AttributionFrames.WEIGHT, org.assertj.core.api.Assertions.within(1e-9));
        // a speaker who acts in the story is part of what the sentence states
        Map<String, Double> whole = vectors.all().get(1).weights();
        assertThat(weightOf(whole, "Versicherer") / weightOf(whole, "Schadensmeldungen"))
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
