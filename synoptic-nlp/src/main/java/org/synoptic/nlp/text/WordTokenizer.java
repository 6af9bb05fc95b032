package org.synoptic.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens with offsets into that text.
 *
 * <p>A word is a run of letters and digits; a hyphen, apostrophe or period between two letters or digits stays inside
 * it ("Jong-un", "F-16", "U.S"), and a single upper-case letter followed by a period keeps the period ("F." in
 * "John F. Kirby"). Every other non-space character is a token of its own. Stateless and thread-safe.
 */
public final class WordTokenizer {

    private static final WordTokenizer INSTANCE = new WordTokenizer();

    private WordTokenizer() {
    }

    /** The shared tokenizer. */
    public static WordTokenizer instance() {
        return INSTANCE;
    }

    /** Tokens of {@code text.substring(from, to)}, with offsets into {@code text}, indexed from 0. */
    public List<Token> tokenize(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("bad range: from=" + from + " to=" + to + " length=" + text.length());
        }
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00AD') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’' || d == '.') && i + 1 < to
                            && Character.isLetterOrDigit(text.charAt(i + 1))
                            && (d != '.' || Character.isUpperCase(text.charAt(i + 1)) && i - start == 1)) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i - start == 1 && Character.isUpperCase(c) && i < to && text.charAt(i) == '.') {
                    i++; // initial: "F."
                }
            } else {
                i++;
            }
            tokens.add(new Token(text.substring(start, i), start, i, tokens.size()));
        }
        return tokens;
    }
}
