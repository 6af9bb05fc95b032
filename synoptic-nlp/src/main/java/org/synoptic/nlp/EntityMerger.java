package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.nlp.entity.RuleEntityMerger;

/**
 * Merges the entity mentions of several analysed articles into one list of entities for a story digest.
 *
 * <p>Implementations are stateless and thread-safe. The result is ordered by mention count, highest first.
 */
public interface EntityMerger {

    /** Entities mentioned in {@code analyses}, merged across spellings and articles; empty for empty input. */
    List<MergedEntity> merge(List<ArticleAnalysis> analyses);

    /** The rule-based merger: transliteration-normalised name keys plus surname-only joining. */
    static EntityMerger ruleBased() {
        return RuleEntityMerger.instance();
    }
}
