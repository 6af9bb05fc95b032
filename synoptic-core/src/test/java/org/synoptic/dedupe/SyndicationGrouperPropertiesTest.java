package org.synoptic.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.synoptic.model.Article;

/** Properties of {@link SyndicationGrouper} on seeded synthetic corpora (QuickTheories with a fixed seed). */
class SyndicationGrouperPropertiesTest {

    private static final SyndicationGrouper GROUPER = SyndicationGrouper.defaults();

    private static QuickTheory theory() {
        return qt().withFixedSeed(20260101L).withExamples(40);
    }

    @Test
    void similarityIsSymmetricAndBounded() {
        theory().forAll(longs().all(), integers().between(0, 30))
                .check((seed, edits) -> {
                    Article a = SyntheticTexts.article("a", SyntheticTexts.text(seed));
                    Article b = SyntheticTexts.article("b", SyntheticTexts.edited(a.text(), edits, seed + 1));
                    double ab = GROUPER.similarity(a, b);
                    return ab == GROUPER.similarity(b, a) && ab >= 0.0 && ab <= 1.0
                            && GROUPER.similarity(a, a) == 1.0;
                });
    }

    @Test
    void sameInputGivesSameGroups() {
        theory().forAll(longs().all(), integers().between(1, 40))
                .check((seed, size) -> {
                    List<Article> corpus = SyntheticTexts.corpusWithCopies(seed, size);
                    return GROUPER.group(corpus).equals(SyndicationGrouper.defaults().group(List.copyOf(corpus)));
                });
    }

    @Test
    void raisingTheThresholdOnlySplitsGroups() {
        theory().forAll(longs().all(), doubles().between(0.05, 0.95), doubles().between(0.0, 0.5))
                .check((seed, low, delta) -> {
                    double high = Math.min(1.0, low + delta);
                    List<Article> corpus = SyntheticTexts.corpusWithCopies(seed, 30);
                    Map<String, String> coarse = GROUPER.withThreshold(low).group(corpus);
                    Map<String, String> fine = GROUPER.withThreshold(high).group(corpus);
                    // every fine group must lie inside one coarse group
                    Map<String, String> coarseOfFine = new HashMap<>();
                    for (Article a : corpus) {
                        String previous = coarseOfFine.putIfAbsent(fine.get(a.id()), coarse.get(a.id()));
                        if (previous != null && !previous.equals(coarse.get(a.id()))) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void unrelatedTextsAreNeverGrouped() {
        theory().withExamples(10).forAll(longs().all())
                .check(seed -> {
                    List<Article> corpus = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        corpus.add(SyntheticTexts.article("u" + i, SyntheticTexts.text(seed * 31 + i)));
                    }
                    Map<String, String> groups = GROUPER.group(corpus);
                    return groups.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()));
                });
    }

    @Test
    void lightlyEditedCopiesJoinTheirOriginal() {
        theory().forAll(longs().all())
                .check(seed -> {
                    Article original = SyntheticTexts.article("orig", SyntheticTexts.text(seed));
                    Article copy = SyntheticTexts.article("copy", SyntheticTexts.edited(original.text(), 2, seed));
                    return GROUPER.group(List.of(original, copy)).get("copy").equals("orig");
                });
    }

    @Test
    void everyArticleIsMappedToAMemberOfTheInput() {
        List<Article> corpus = SyntheticTexts.corpusWithCopies(7L, 50);
        Map<String, String> groups = GROUPER.group(corpus);
        assertThat(groups).hasSize(corpus.size());
        assertThat(groups.values()).allSatisfy(g -> assertThat(groups).containsEntry(g, g));
    }
}
