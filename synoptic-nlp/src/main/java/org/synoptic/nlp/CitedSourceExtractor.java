package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;

/**
 * Finds the sources a report's statements rest on ("laut X", "X zufolge", "according to X", "X reported").
 *
 * <p>Implementations are stateless and thread-safe. Each returned citation names the sentence it supports.
 */
public interface CitedSourceExtractor {

    List<CitedSource> extract(Article article, List<Sentence> sentences, List<EntityMention> entities);
}
