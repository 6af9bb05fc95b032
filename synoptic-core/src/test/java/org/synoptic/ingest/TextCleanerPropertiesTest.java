package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of cleaning on seeded random scraped text: the alignment is true (every kept character maps to itself
 * in the original, quotes to quotes), monotonic, and covers exactly the cleaned text; cleaning is idempotent.
 */
class TextCleanerPropertiesTest {

    private static final String[] PIECES = {"Die", "Brücke", "ist", "gesperrt", ".", ",", " ", "  ", "\u00A0", "\t",
        "\n", "\n\n", "\r\n", "\"", "„", "“", "”", "«", "»", "\u200B", "\u00AD", "Kommentar (0)", "Foto: KCNA",
        "© REUTERS", "Quellenlink", ":", "Mehr zum Thema - Neues", "Das Wichtigste in Kürze ", "date 2023-09 ",
        "Max Muster (laut dpa)", "sagte", "der", "Senat", "?", "!", "(", ")", "er"};

    private final TextCleaner cleaner = new TextCleaner();

    private static String scraped(long seed, int pieces) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    @Test
    void alignmentIsTrueAndMonotonic() {
        qt().withFixedSeed(20260315L).withExamples(300).forAll(longs().all(), integers().between(0, 80))
                .checkAssert((seed, pieces) -> {
                    String raw = scraped(seed, pieces);
                    for (String language : new String[] {"de", "en"}) {
                        CleanedText cleaned = cleaner.clean(raw, language);
                        OffsetAlignment alignment = cleaned.alignment();
                        assertThat(alignment.cleanedLength()).isEqualTo(cleaned.text().length());
                        int last = -1;
                        for (int i = 0; i < cleaned.text().length(); i++) {
                            int o = alignment.toOriginal(i);
                            assertThat(o).isBetween(last, raw.length() - 1);
                            last = o;
                            char c = cleaned.text().charAt(i);
                            if (TextCleaner.isDoubleQuote(c)) {
                                assertThat(TextCleaner.isDoubleQuote(raw.charAt(o))).isTrue();
                            } else if (!Character.isWhitespace(c)) {
                                assertThat(raw.charAt(o)).isEqualTo(c);
                            }
                        }
                    }
                });
    }

    @Test
    void cleaningIsIdempotent() {
        qt().withFixedSeed(20260316L).withExamples(300).forAll(longs().all(), integers().between(0, 80))
                .checkAssert((seed, pieces) -> {
                    String once = cleaner.clean(scraped(seed, pieces)).text();
                    assertThat(cleaner.clean(once).text()).isEqualTo(once);
                });
    }
}
