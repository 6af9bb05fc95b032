package org.synoptic.ingest;

/**
 * An article's fields as an input gave them, before cleaning and inference. Any field but {@code source} and
 * {@code id} may be {@code null}; at least one of {@code text} and {@code html} is set.
 */
record ArticleDraft(String id, String source, String url, String title, String text, String html, String outlet,
                    String author, String published, String language) {
}
