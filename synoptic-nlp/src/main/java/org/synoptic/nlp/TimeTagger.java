package org.synoptic.nlp;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * Finds time expressions in one article and normalises them.
 *
 * <p>Relative expressions ("am Montag", "letzten Monat") are resolved against the article's publication date when it
 * has one; without it they get values with unknown parts ({@code XXXX-09-10}) or are left out. Implementations are
 * stateless and thread-safe.
 */
public interface TimeTagger {

    List<TimeExpression> tag(Article article, List<Sentence> sentences);
}
