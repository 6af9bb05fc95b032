package org.synoptic.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class NearCopyIndexTest {

    private static final SyndicationGrouper GROUPER = SyndicationGrouper.defaults();

    @Test
    void findsTheReportACopyRewritesAndNothingForUnrelatedText() {
        NearCopyIndex index = new NearCopyIndex(GROUPER, 100);
        String original = SyntheticTexts.text(1);
        assertThat(index.observe(SyntheticTexts.article("orig", original))).isEmpty();
        assertThat(index.observe(SyntheticTexts.article("other", SyntheticTexts.text(2)))).isEmpty();
        Article copy = SyntheticTexts.article("copy", SyntheticTexts.edited(original, 2, 7));
        assertThat(GROUPER.similarity(copy, SyntheticTexts.article("x", original))).isGreaterThanOrEqualTo(GROUPER.threshold());
        assertThat(index.observe(copy)).contains("orig");
        assertThat(index.observe(SyntheticTexts.article("third", SyntheticTexts.text(3)))).isEmpty();
    }

    @Test
    void agreesWithTheFolderGrouperOnEveryPair() {
        // the stream rule is the folder rule: an article has a kept near-copy exactly when the grouper puts it in a
        // group with an earlier article (all articles are kept here)
        List<Article> corpus = SyntheticTexts.corpusWithCopies(5, 400);
        NearCopyIndex index = new NearCopyIndex(GROUPER, corpus.size());
        int found = 0;
        for (int i = 0; i < corpus.size(); i++) {
            Article a = corpus.get(i);
            Optional<String> original = index.observe(a);
            boolean expected = false;
            double best = -1;
            for (int j = 0; j < i; j++) {
                double sim = GROUPER.similarity(a, corpus.get(j));
                if (sim >= GROUPER.threshold()) {
                    expected = true;
                    best = Math.max(best, sim);
                }
            }
            assertThat(original.isPresent()).as("article %d", i).isEqualTo(expected);
            if (original.isPresent()) {
                found++;
                Article o = corpus.stream().filter(c -> c.id().equals(original.get())).findFirst().orElseThrow();
                assertThat(GROUPER.similarity(a, o)).isEqualTo(best);
            }
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void keepsOnlyTheMostRecentArticlesAndSurvivesRebuilds() {
        NearCopyIndex index = new NearCopyIndex(GROUPER, 10);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            texts.add(SyntheticTexts.text(100 + i));
            index.observe(SyntheticTexts.article("a" + i, texts.get(i)));
        }
        assertThat(index.size()).isEqualTo(10);
        // a copy of an article that left the ring finds nothing; one of a kept article finds it
        assertThat(index.observe(SyntheticTexts.article("old-copy", SyntheticTexts.edited(texts.get(3), 1, 1)))).isEmpty();
        assertThat(index.observe(SyntheticTexts.article("new-copy", SyntheticTexts.edited(texts.get(33), 1, 1))))
                .contains("a33");
    }

    @Test
    void aRingWrittenAndReadBackFindsWhatTheOriginalFinds() throws Exception {
        // a ring that wrapped (capacity 60 of 120 articles) and one signature handed in from elsewhere
        List<Article> corpus = SyntheticTexts.corpusWithCopies(5, 240);
        NearCopyIndex original = new NearCopyIndex(GROUPER, 60);
        for (Article a : corpus.subList(0, 120)) {
            original.observe(a.id(), GROUPER.signature(a));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        original.writeTo(new java.io.DataOutputStream(bytes));
        NearCopyIndex restored = NearCopyIndex.readFrom(GROUPER,
                new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertThat(restored.size()).isEqualTo(60);
        int found = 0;
        for (Article a : corpus.subList(120, 240)) {
            Optional<String> expected = original.observe(a);
            assertThat(restored.observe(a.id(), MinHashSignature.of(signatureValues(a)))).isEqualTo(expected);
            found += expected.isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(5);
    }

    private static int[] signatureValues(Article a) {
        MinHashSignature s = GROUPER.signature(a);
        int[] values = new int[s.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = s.value(i);
        }
        return values;
    }

    @Test
    void refusesAnEmptyRing() {
        assertThatThrownBy(() -> new NearCopyIndex(GROUPER, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
