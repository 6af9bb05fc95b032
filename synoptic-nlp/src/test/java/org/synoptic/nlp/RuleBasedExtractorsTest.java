package org.synoptic.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;

class RuleBasedExtractorsTest {

    private static final String TEXT = "Die Bürgermeisterin Anna Kowalski sagte am Montag: „Wir bauen die Brücke neu“. "
            + "Laut dpa soll die Arbeit am 3. Juni beginnen. Kowalski rechnet mit Kosten.";

    @Test
    void analyzerIsSharedAndFillsEveryField() {
        assertThat(RuleBasedExtractors.analyzer()).isSameAs(RuleBasedExtractors.analyzer());
        ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of(TEXT, "2024-05-29"));
        assertThat(a.sentences()).hasSize(3);
        assertThat(a.entities()).extracting(e -> e.name()).contains("Anna Kowalski", "dpa");
        assertThat(a.quotes()).extracting(q -> q.speaker()).containsExactly("Anna Kowalski", "dpa");
        assertThat(a.citedSources()).extracting(c -> c.name()).containsExactly("Anna Kowalski", "dpa");
        assertThat(a.times()).extracting(t -> t.value()).containsExactly("2024-05-27", "2024-06-03");
    }

    @Test
    void sameResultAcrossThreads() throws Exception {
        ArticleAnalysis expected = RuleBasedExtractors.analyzer().analyze(Articles.of(TEXT, "2024-05-29"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ArticleAnalysis>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> RuleBasedExtractors.analyzer().analyze(Articles.of(TEXT, "2024-05-29"))));
            }
            for (Future<ArticleAnalysis> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void textWithoutAnythingGivesEmptyLists() {
        ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of("es regnet und es ist kalt.", null));
        assertThat(a.entities()).isEmpty();
        assertThat(a.quotes()).isEmpty();
        assertThat(a.citedSources()).isEmpty();
        assertThat(a.times()).isEmpty();
    }
}
