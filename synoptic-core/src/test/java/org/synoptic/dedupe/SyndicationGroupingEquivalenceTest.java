package org.synoptic.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Article;

/**
 * {@link SyndicationGrouper#group} in bounded memory gives exactly the groups of the earlier checked-pairs grouping
 * ({@link CheckedPairsGrouping}), on seeded corpora built to stress the banding: copies edited around the threshold,
 * chains of copies of copies, texts sharing a long boilerplate block (large buckets of dissimilar articles), exact
 * duplicates, very short texts, and equal or missing dates (the tie rule names the group).
 */
class SyndicationGroupingEquivalenceTest {

    private static final String BOILERPLATE = "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der "
            + "Redaktion. Lesen Sie mehr aus Ihrer Region in unserer App und abonnieren Sie den Newsletter für "
            + "Nachrichten aus Politik Wirtschaft Sport und Kultur jeden Morgen kostenlos in Ihr Postfach.";

    @ParameterizedTest(name = "seed {0}, {1} articles, threshold {2}, {3} rows per band")
    @CsvSource({
            "1, 400, 0.5, 3",
            "2, 400, 0.3, 3",
            "3, 300, 0.8, 3",
            "4, 300, 0.5, 2",
            "5, 300, 0.4, 5",
            "6, 250, 0.5, 1"})
    void groupsEqualTheCheckedPairsGrouping(long seed, int size, double threshold, int rows) {
        MinHasher hasher = MinHasher.defaults();
        SyndicationGrouper grouper = new SyndicationGrouper(hasher, threshold, rows);
        List<Article> corpus = stressCorpus(seed, size);

        Map<String, String> groups = grouper.group(corpus);

        assertThat(groups).containsExactlyEntriesOf(CheckedPairsGrouping.group(grouper, hasher.numHashes(), rows, corpus));
        // the corpus must exercise both joins and splits, or equality would prove little
        Set<String> distinct = new HashSet<>(groups.values());
        assertThat(distinct.size()).isGreaterThan(size / 20).isLessThan(size - size / 10);
    }

    @Test
    void defaultsEqualTheCheckedPairsGroupingOnCopiesOfCopies() {
        List<Article> corpus = SyntheticTexts.corpusWithCopies(77, 500);
        SyndicationGrouper grouper = SyndicationGrouper.defaults();
        assertThat(grouper.group(corpus)).containsExactlyEntriesOf(CheckedPairsGrouping.group(grouper,
                MinHasher.DEFAULT_NUM_HASHES, SyndicationGrouper.DEFAULT_ROWS_PER_BAND, corpus));
    }

    @Test
    void bandBucketsHoldEverySharedKeyInIndexOrder() {
        long[] keys = {7, 3, 7, 9, 3, 3, 1, 7};
        BandBuckets buckets = new BandBuckets(keys.length);
        buckets.fill(i -> keys[i]);
        List<List<Integer>> found = new ArrayList<>();
        for (int b = 0; b < buckets.count(); b++) {
            List<Integer> members = new ArrayList<>();
            for (int p = buckets.start(b); p < buckets.end(b); p++) {
                members.add(buckets.member(p));
            }
            found.add(members);
        }
        assertThat(found).containsExactly(List.of(1, 4, 5), List.of(0, 2, 7)); // keys 3 and 7; 9 and 1 are alone
        buckets.fill(i -> i); // refilled for the next band: no key shared
        assertThat(buckets.count()).isZero();
    }

    /** Base texts with copies at 0 to 40 edits, copies of copies, boilerplate, duplicates and short texts. */
    private static List<Article> stressCorpus(long seed, int size) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        while (out.size() < size) {
            int kind = random.nextInt(10);
            String text;
            if (kind < 3 || previous.isEmpty()) {
                text = SyntheticTexts.text(random.nextLong());
            } else if (kind < 6) {
                String source = previous.get(random.nextInt(previous.size())); // copy of a base or of a copy
                text = SyntheticTexts.edited(source, random.nextInt(41), random.nextLong());
            } else if (kind < 8) {
                text = SyntheticTexts.text(random.nextLong()).substring(0, 60 + random.nextInt(60)) + " " + BOILERPLATE;
            } else if (kind < 9) {
                text = previous.get(random.nextInt(previous.size()));
            } else {
                text = "kurz " + random.nextInt(4);
            }
            previous.add(text);
            String published = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> "2026-03-04";
                default -> "2026-03-0" + (1 + random.nextInt(9)) + "T0" + random.nextInt(10) + ":00:00Z";
            };
            out.add(new Article("a" + out.size(), "test:" + out.size(), null, null, text, null, null, published, "und",
                    null));
        }
        return out;
    }
}
