package org.synoptic.nlp;

import java.util.List;
import java.util.Objects;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.ContentRole;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.quote.Attributions;
import org.synoptic.nlp.time.Anchor;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.ContentRules;
import org.synoptic.text.SentenceSplitter;

/**
 * The deep tier for one article: sentences with their content roles, entities, quotes, cited sources and time
 * expressions.
 *
 * <p>Every sentence carries its {@link org.synoptic.model.ContentRole} ({@link ContentRoles}: captions, credits,
 * teasers, boilerplate). The extractors see the whole text, so offsets and context stay as they were, but quotes and
 * time expressions found in a non-content sentence are dropped, and so are cited sources except in credits: a
 * caption's "im April 2019" is no date of the story, and "Einem Bericht zufolge …" under a photo is nobody's
 * statement. Design decision: a credit's source is kept ("Quelle: AFP", "Mit Material von dpa", "(laut Reuters)"),
 * unless the credit is a picture's ({@link ContentRules#isPictureCredit}: "Quelle: AFP © Max Muster" credits a photo):
 * a credit is where a report says which agency it rests on, which is what cited sources are for; it gives no fact,
 * since facts come from content sentences only. Entities are kept wherever they stand, except in credits: a name in a
 * caption is still that person, and entity merging across reports profits from every mention, but a credit names the
 * photographer and the picture agency ("Foto: Oderblick/K. Wendland"), nobody of the story.
 *
 * <p>Stateless and thread-safe when its stages are. Build one with {@link #standard()}, {@link #ruleBased()} (no
 * CoreNLP, fast to load: for unit tests) or the constructor; {@link #withContentRoles(ContentRoles)} gives a copy that
 * also knows a batch's or a stream's learned boilerplate.
 */
public final class ArticleAnalyzer {

    private final SentenceSplitter sentenceSplitter;
    private final EntityExtractor entityExtractor;
    private final QuoteExtractor quoteExtractor;
    private final CitedSourceExtractor citedSourceExtractor;
    private final TimeTagger timeTagger;
    private final ContentRoles contentRoles;

    /** An analyzer with the standard content rules ({@link ContentRoles#standard()}). */
    public ArticleAnalyzer(SentenceSplitter sentenceSplitter, EntityExtractor entityExtractor,
                           QuoteExtractor quoteExtractor, CitedSourceExtractor citedSourceExtractor,
                           TimeTagger timeTagger) {
        this(sentenceSplitter, entityExtractor, quoteExtractor, citedSourceExtractor, timeTagger,
                ContentRoles.standard());
    }

    /** An analyzer with the given content roles (for instance {@link ContentRoles#none()} to read every sentence). */
    public ArticleAnalyzer(SentenceSplitter sentenceSplitter, EntityExtractor entityExtractor,
                           QuoteExtractor quoteExtractor, CitedSourceExtractor citedSourceExtractor,
                           TimeTagger timeTagger, ContentRoles contentRoles) {
        this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter);
        this.entityExtractor = Objects.requireNonNull(entityExtractor);
        this.quoteExtractor = Objects.requireNonNull(quoteExtractor);
        this.citedSourceExtractor = Objects.requireNonNull(citedSourceExtractor);
        this.timeTagger = Objects.requireNonNull(timeTagger);
        this.contentRoles = Objects.requireNonNull(contentRoles);
    }

    /**
     * A copy of this analyzer with other content roles, e.g. {@code ContentRoles.standard().withRecurring(
     * RecurringSentences.learn(batch))} for a batch whose outlets' boilerplate should be learned.
     */
    public ArticleAnalyzer withContentRoles(ContentRoles roles) {
        return new ArticleAnalyzer(sentenceSplitter, entityExtractor, quoteExtractor, citedSourceExtractor, timeTagger,
                roles);
    }

    /** The content roles this analyzer assigns. */
    public ContentRoles contentRoles() {
        return contentRoles;
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
        List<Sentence> sentences = contentRoles.assign(article, sentenceSplitter.split(article.text()));
        List<EntityMention> entities = entityExtractor.extract(article, sentences).stream()
                .filter(e -> roleAt(sentences, e.start()) != ContentRole.CREDIT).toList();
        Attributions attributions = Attributions.read(quoteExtractor, citedSourceExtractor, article, sentences,
                entities); // one reading of the article for both
        List<Quote> quotes = attributions.quotes();
        List<CitedSource> citedSources = attributions.citedSources();
        List<TimeExpression> times = timeTagger.tag(article, sentences, anchor(article, storyDate));
        return new ArticleAnalysis(article, sentences, entities,
                quotes.stream().filter(q -> isContent(sentences, q.start())).toList(),
                citedSources.stream().filter(c -> isContentOrCredit(sentences, c.start())).toList(),
                times.stream().filter(t -> isContent(sentences, t.start())).toList());
    }

    /** Whether the offset lies in a content sentence; offsets between sentences (whitespace) count as content. */
    private static boolean isContent(List<Sentence> sentences, int offset) {
        return roleAt(sentences, offset) == ContentRole.CONTENT;
    }

    /** Content, or a credit for the text ("Quelle: AFP"); a picture's credit ("Quelle: AFP © Max Muster") is none. */
    private static boolean isContentOrCredit(List<Sentence> sentences, int offset) {
        Sentence sentence = sentenceAt(sentences, offset);
        return sentence == null || sentence.role() == ContentRole.CONTENT
                || sentence.role() == ContentRole.CREDIT && !ContentRules.isPictureCredit(sentence.text());
    }

    private static ContentRole roleAt(List<Sentence> sentences, int offset) {
        Sentence s = sentenceAt(sentences, offset);
        return s == null ? ContentRole.CONTENT : s.role();
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
            if (s.start() > offset) {
                break;
            }
        }
        return null;
    }

    private static String anchor(Article article, String storyDate) {
        return article.published() != null && Anchor.parse(article.published()) != null ? article.published() : storyDate;
    }
}
