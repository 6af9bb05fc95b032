package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.synoptic.model.Article;

/** Assertions on {@link OffsetAlignment}s shared by the ingest tests. */
final class Alignments {

    private Alignments() {
    }

    /**
     * Every cleaned character that cleaning does not rewrite (all but whitespace and double quotes) is the original
     * character its offset maps to; quotes map to quotes.
     */
    static void assertTrue(Article article, ArticleOrigin origin) {
        String text = article.text();
        String original = origin.original();
        assertThat(origin.alignment().cleanedLength()).isEqualTo(text.length());
        assertThat(origin.alignment().originalLength()).isEqualTo(original.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            char o = original.charAt(origin.alignment().toOriginal(i));
            if (TextCleaner.isDoubleQuote(c)) {
                assertThat(TextCleaner.isDoubleQuote(o)).as("quote at %d of %s", i, article.id()).isTrue();
            } else {
                assertThat(o).as("character %d of %s", i, article.id()).isEqualTo(c);
            }
        }
    }
}
