package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;

/**
 * Finds direct and indirect quotations in one article and resolves their speakers.
 *
 * <p>Precision over recall: a quote whose speaker cannot be resolved keeps {@code speaker == null} rather than a guess.
 * Implementations are stateless and thread-safe. Returned quotes are ordered by offset.
 */
public interface QuoteExtractor {

    List<Quote> extract(Article article, List<Sentence> sentences, List<EntityMention> entities);
}
