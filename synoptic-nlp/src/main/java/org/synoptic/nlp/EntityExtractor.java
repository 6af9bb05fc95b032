package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;

/**
 * Finds named entities (persons, locations, organisations, other) in one article.
 *
 * <p>Implementations are stateless and thread-safe; heavy models are loaded once and shared. Returned mentions are
 * ordered by offset, do not overlap, and carry the entity's canonical name within the article.
 */
public interface EntityExtractor {

    List<EntityMention> extract(Article article, List<Sentence> sentences);
}
