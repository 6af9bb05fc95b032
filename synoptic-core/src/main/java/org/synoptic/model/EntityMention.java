package org.synoptic.model;

import java.util.Objects;

/**
 * One mention of a named entity in an article.
 *
 * @param text  the mention as written ({@code "Sergej Schoigu"}, {@code "Shoigu"})
 * @param name  the entity's canonical name within the article (the longest co-referring mention), never {@code null}
 * @param type  the entity class
 * @param start offset of the mention in {@link Article#text()}
 * @param end   offset after the mention
 */
public record EntityMention(String text, String name, EntityType type, int start, int end) {

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad entity span: start=" + start + " end=" + end);
        }
    }
}
