package org.synoptic.nlp;

import java.util.List;
import java.util.Objects;
import org.synoptic.model.EntityType;

/**
 * One entity across the articles of a story, after merging spellings and short forms ("Schoigu", "Shoigu",
 * "Sergei Schoigu" -> "Sergej Schoigu").
 *
 * @param name     the chosen name: the most frequent full form
 * @param type     the entity class most of its mentions have
 * @param variants every distinct form as written and as canonicalised per article, in first-seen order
 * @param articles ids of the articles that mention it, in input order
 * @param mentions number of mentions over all articles
 */
public record MergedEntity(String name, EntityType type, List<String> variants, List<String> articles, int mentions) {

    public MergedEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        articles = List.copyOf(articles);
        if (mentions < 1) {
            throw new IllegalArgumentException("a merged entity has at least one mention: mentions=" + mentions);
        }
    }
}
