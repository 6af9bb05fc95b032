package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * Finds time expressions in one article and normalises them.
 *
 * <p>Relative expressions ("am Montag", "letzten Monat") are resolved against an anchor date: the article's
 * publication date when it has one, else the story's date (see {@link ArticleAnalyzer#analyze(Article, String)}).
 * The anchor keeps its precision: with {@code 2023-07} "letztes Jahr" is {@code 2022} but "am Montag" cannot be
 * resolved and is left out; a missing year stays {@code XXXX} without any anchor. Implementations are thread-safe.
 */
public interface TimeTagger {

    /**
     * Tags the article's time expressions.
     *
     * @param anchor ISO year, month, date or date-time to resolve relative expressions against, or {@code null}
     */
    List<TimeExpression> tag(Article article, List<Sentence> sentences, String anchor);

    /** Tags with the article's publication date as anchor. */
    default List<TimeExpression> tag(Article article, List<Sentence> sentences) {
        return tag(article, sentences, article.published());
    }
}
