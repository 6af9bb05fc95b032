package org.synoptic.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.synoptic.model.Article;

/** Deterministic synthetic texts for property tests: every text is a pure function of its seed. */
final class SyntheticTexts {

    private SyntheticTexts() {
    }

    /** A text of 30 to 80 pseudo-words drawn from a vocabulary of about 26^6 words. */
    static String text(long seed) {
        Random random = new Random(seed);
        int words = 30 + random.nextInt(51);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(i % 12 == 0 ? ". " : " ");
            }
            for (int c = 0; c < 6; c++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sb.append('.').toString();
    }

    /** The text with {@code edits} words replaced (positions and words chosen by {@code seed}). */
    static String edited(String text, int edits, long seed) {
        Random random = new Random(seed);
        String[] words = text.split(" ");
        for (int i = 0; i < edits; i++) {
            words[random.nextInt(words.length)] = "edit" + random.nextInt(1000);
        }
        return String.join(" ", words);
    }

    static Article article(String id, String text) {
        return new Article(id, "test:" + id, null, null, text, null, null, null, "und", null);
    }

    /**
     * A corpus of {@code size} articles: unrelated base texts, each followed by 0 to 2 copies with 0 to 8 edits.
     */
    static List<Article> corpusWithCopies(long seed, int size) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        int n = 0;
        while (out.size() < size) {
            String base = text(random.nextLong());
            out.add(article("a" + n++, base));
            int copies = random.nextInt(3);
            for (int c = 0; c < copies && out.size() < size; c++) {
                out.add(article("a" + n++, edited(base, random.nextInt(9), random.nextLong())));
            }
        }
        return out;
    }
}
