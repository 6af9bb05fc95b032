package org.synoptic.nlp;

import org.synoptic.model.Article;

/** Builds articles for tests. */
public final class Articles {

    private Articles() {
    }

    /** A German article with the given text and publication date (may be {@code null}). */
    public static Article of(String text, String published) {
        return new Article("t1", "test", null, null, text, null, null, published, "de", null);
    }

    /** An article with the given id and text. */
    public static Article withId(String id, String text) {
        return new Article(id, "test", null, null, text, null, null, null, "de", null);
    }
}
