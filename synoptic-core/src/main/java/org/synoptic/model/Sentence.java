package org.synoptic.model;

/**
 * One sentence of an article's text.
 *
 * @param index position of the sentence in the article, from 0
 * @param start offset of the first character in {@link Article#text()}
 * @param end   offset after the last character
 * @param text  {@code article.text().substring(start, end)}
 * @param role  whether the sentence is the report's content or a caption, credit, teaser or boilerplate around it
 */
public record Sentence(int index, int start, int end, String text, ContentRole role) {

    /** A content sentence. */
    public Sentence(int index, int start, int end, String text) {
        this(index, start, end, text, ContentRole.CONTENT);
    }

    public Sentence {
        role = role == null ? ContentRole.CONTENT : role;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span: start=" + start + " end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span " + start + ".." + end);
        }
    }

    /** Whether the sentence is the report's own content (not a caption, credit, teaser or boilerplate). */
    public boolean isContent() {
        return role == ContentRole.CONTENT;
    }

    /** A copy with the given role. */
    public Sentence withRole(ContentRole newRole) {
        return new Sentence(index, start, end, text, newRole);
    }

    /** Whether the character offset lies inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
