package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;

/**
 * "unter Berufung auf" in the word orders of {@link AttributionCues}: the quote extractor names the one relied on as
 * the speaker and the relaying outlet as {@code via}; the cited-source extractor names the same two, the one relied
 * on cited by the outlet. And on every sentence of the cited-source gold sets the two extractors agree.
 */
class RelianceCueTest {

    private static ArticleAnalysis analyze(String text) {
        return RuleBasedExtractors.analyzer().analyze(Articles.of(text, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Zeitung Le Monde berichtete unter Berufung auf Regierungskreise, der Minister wolle zurücktreten.",
            "Unter Berufung auf Regierungskreise berichtete die Zeitung Le Monde, der Minister wolle zurücktreten.",
            "Die Zeitung Le Monde hatte unter Berufung auf Regierungskreise berichtet, der Minister wolle zurücktreten.",
            "Der Minister wolle zurücktreten, berichtete die Zeitung Le Monde unter Berufung auf Regierungskreise."})
    void everyWordOrderGivesTheSameSpeakerRelayAndSource(String sentence) {
        ArticleAnalysis a = analyze(sentence);
        assertThat(a.quotes()).extracting(Quote::text, Quote::speaker, Quote::via)
                .containsExactly(tuple(sentence.contains(", der Minister") ? "der Minister wolle zurücktreten"
                        : "Der Minister wolle zurücktreten", "Regierungskreise", "Le Monde"));
        assertThat(a.citedSources()).extracting(CitedSource::name, CitedSource::citedBy)
                .containsExactlyInAnyOrder(tuple("Le Monde", null), tuple("Regierungskreise", "Le Monde"));
    }

    /**
     * On each sentence of the cited-source gold: a quote whose speaker the cited-source extractor finds relayed names
     * that channel as {@code via}; any other quote's channel is a source the cited-source extractor names too.
     */
    @Test
    void bothExtractorsAgreeOnTheCitedSourceGold() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int relayed = 0;
        for (String file : List.of("cited-sources-gold.tsv", "cited-sources-heldout.tsv")) {
            String tsv;
            try (InputStream in = CitedSource.class.getResourceAsStream("/org/synoptic/nlp/source/" + file)) {
                assertThat(in).as(file).isNotNull();
                tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String sentence = line.split("\t")[0];
                ArticleAnalysis a = analyze(sentence);
                for (Quote q : a.quotes()) {
                    if (q.speaker() == null) {
                        continue;
                    }
                    CitedSource source = a.citedSources().stream()
                            .filter(c -> c.name().startsWith(q.speaker()) || q.speaker().startsWith(c.name()))
                            .findFirst().orElse(null);
                    if (source != null && source.citedBy() != null) {
                        relayed++;
                    }
                    boolean agree = source == null || source.citedBy() == null
                            // the speaker is no relayed source: our channel, if any, is a source it names as well
                            ? q.via() == null || a.citedSources().stream().anyMatch(c -> c.citedBy() == null
                                    && q.via().endsWith(c.name()))
                            // a relayed source: we name the same channel ("Magazin Lagebild" for "Lagebild")
                            : q.via() != null && q.via().endsWith(source.citedBy());
                    if (!agree) {
                        disagreements.add(sentence + " -> quote " + q.speaker() + " via " + q.via() + "; source "
                                + source);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(relayed).as("relayed quotes compared").isGreaterThanOrEqualTo(2);
    }
}
