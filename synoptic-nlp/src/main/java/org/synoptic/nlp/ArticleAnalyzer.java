package org.synoptic.nlp;

import java.util.List;
import java.util.Objects;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.time.Anchor;
import org.synoptic.text.SentenceSplitter;

/**
 * The deep tier for one article: sentences, entities, quotes, cited sources and time expressions.
 *
 * <p>Stateless and thread-safe when its stages are. Build one with {@link #standard()}, {@link #ruleBased()} (no
 * CoreNLP, fast to load: for unit tests) or the constructor.
 */
public final class ArticleAnalyzer {

    private final SentenceSplitter sentenceSplitter;
    private final EntityExtractor entityExtractor;
    private final QuoteExtractor quoteExtractor;
    private final CitedSourceExtractor citedSourceExtractor;
    private final TimeTagger timeTagger;

    public ArticleAnalyzer(SentenceSplitter sentenceSplitter, EntityExtractor entityExtractor,
                           QuoteExtractor quoteExtractor, CitedSourceExtractor citedSourceExtractor,
                           TimeTagger timeTagger) {
        this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter);
        this.entityExtractor = Objects.requireNonNull(entityExtractor);
        this.quoteExtractor = Objects.requireNonNull(quoteExtractor);
        this.citedSourceExtractor = Objects.requireNonNull(citedSourceExtractor);
        this.timeTagger = Objects.requireNonNull(timeTagger);
    }

    /** The analyzer wired with Synoptic's rule-based German/English extractors. */
    public static ArticleAnalyzer ruleBased() {
        return RuleBasedExtractors.analyzer();
    }

    /**
     * The standard analyzer: CoreNLP's German NER corrected by our gazetteer rules (rule-based for English), and
     * quotes that take a cited source as speaker where no person is named, and time rules combined with HeidelTime.
     * The NER model (about 0.2 GB of heap) loads on the first German article, HeidelTime on the first German or
     * English one. See {@link StandardExtractors}.
     */
    public static ArticleAnalyzer standard() {
        return StandardExtractors.analyzer();
    }

    /** Reads one article, with its publication date as the anchor of relative times. */
    public ArticleAnalysis analyze(Article article) {
        return analyze(article, null);
    }

    /**
     * Reads one article: the pipeline of the deep tier, one step per line.
     *
     * @param storyDate the story's date (ISO year, month or day, precision kept) to anchor relative times when the
     *                  article has no readable publication date; may be {@code null}
     */
    public ArticleAnalysis analyze(Article article, String storyDate) {
        List<Sentence> sentences = sentenceSplitter.split(article.text());
        List<EntityMention> entities = entityExtractor.extract(article, sentences);
        List<Quote> quotes = quoteExtractor.extract(article, sentences, entities);
        List<CitedSource> citedSources = citedSourceExtractor.extract(article, sentences, entities);
        List<TimeExpression> times = timeTagger.tag(article, sentences, anchor(article, storyDate));
        return new ArticleAnalysis(article, sentences, entities, quotes, citedSources, times);
    }

    private static String anchor(Article article, String storyDate) {
        return article.published() != null && Anchor.parse(article.published()) != null ? article.published() : storyDate;
    }
}
