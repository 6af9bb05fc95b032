package org.synoptic.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a text that is not language (base64, hex dumps, tables of numbers) before the deep tier spends minutes
 * on it: the share of its characters that stand in word-like tokens (at most {@link #MAX_WORD_CHARS} characters, most
 * of them letters) must reach {@link #MIN_WORD_SHARE}. Only texts of {@link #MIN_CHECKED_CHARS} or more are judged, so
 * a short report with a results table passes. One pass over the text; stateless and thread-safe.
 */
final class TextBudget {

    /** Texts shorter than this are not judged. */
    static final int MIN_CHECKED_CHARS = 2_000;
    /** Share of characters in word-like tokens a text needs. */
    static final double MIN_WORD_SHARE = 0.4;
    /** Longest word-like token: German compounds stay well below. */
    static final int MAX_WORD_CHARS = 40;

    private TextBudget() {
    }

    /** Why {@code text} is not language, or empty when it reads as language (or is too short to judge). */
    static Optional<String> notLanguage(String text) {
        if (text.length() < MIN_CHECKED_CHARS) {
            return Optional.empty();
        }
        long tokenChars = 0;
        long wordChars = 0;
        int start = -1;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    int length = i - start;
                    tokenChars += length;
                    if (length <= MAX_WORD_CHARS && letters * 2 > length) {
                        wordChars += length;
                    }
                    start = -1;
                    letters = 0;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        double share = tokenChars == 0 ? 0 : (double) wordChars / tokenChars;
        if (share >= MIN_WORD_SHARE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "text is not language: %.0f%% of its %d characters are in words "
                + "(at least %.0f%% needed; base64, a hex dump or a table of numbers?)", share * 100, text.length(),
                MIN_WORD_SHARE * 100));
    }
}
