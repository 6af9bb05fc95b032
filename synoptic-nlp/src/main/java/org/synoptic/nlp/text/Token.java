package org.synoptic.nlp.text;

/**
 * One word or punctuation mark of an article's text.
 *
 * @param text  the characters as written: {@code text == article.text().substring(start, end)}
 * @param start offset in the article's text
 * @param end   offset after the token
 * @param index position of the token in the token list it belongs to, from 0
 */
public record Token(String text, int start, int end, int index) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span: start=" + start + " end=" + end);
        }
    }

    /** Whether the token starts with a letter or digit (a word rather than punctuation). */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Whether the token starts with a lower-case letter. */
    public boolean isLowerCase() {
        return Character.isLowerCase(text.charAt(0));
    }
}
