package org.synoptic.model;

/**
 * One sentence of an article's text.
 *
 * @param index position of the sentence in the article, from 0
 * @param start offset of the first character in {@link Article#text()}
 * @param end   offset after the last character
 * @param text  {@code article.text().substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span: start=" + start + " end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span " + start + ".." + end);
        }
    }

    /** Whether the character offset lies inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
