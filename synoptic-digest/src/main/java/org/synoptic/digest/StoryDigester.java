package org.synoptic.digest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.nlp.time.StoryEventTimes;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.RecurringSentences;

/**
 * The deep tier of one story, the one wiring of it: from a story's member articles to its digest. Publication dates
 * are inferred where missing ({@link PublicationDates}), each article is read by the {@link ArticleAnalyzer} with the
 * story's date as the anchor of relative times ({@link #storyDate}; what counts from an event another report dates
 * is dated by {@code StoryEventTimes}), sentences learned as recurring boilerplate are
 * marked, syndicated copies among the members are grouped, and {@link DigestBuilder} builds the digest.
 *
 * <p>The command line ({@link StoryPipeline}), the store and a stream job all call {@link #digest}; the same members,
 * recurring sentences and analyses give the same digest everywhere.
 *
 * <p>Design decision: syndication groups are found among the story's members, not across a whole batch: a stream has
 * no batch, and near-copies of one report fall into one story, so the groups within a story are the same.
 *
 * <p>Immutable and thread-safe when its stages are; {@link Analyses} implementations passed in must be thread-safe if
 * shared between threads.
 */
public final class StoryDigester {

    /**
     * Where the digester gets an article's analysis: a store looks in its stored analyses first and keeps what was
     * computed; {@link #NONE} analyses every time.
     */
    public interface Analyses {
        /** Analyses every time and keeps nothing. */
        Analyses NONE = (article, storyDate, analyze) -> analyze.apply(article);

        /**
         * The analysis of {@code article} (publication date already inferred) anchored at {@code storyDate}; calls
         * {@code analyze} when none is kept for exactly this article, date and anchor.
         */
        ArticleAnalysis analysis(Article article, String storyDate, Function<Article, ArticleAnalysis> analyze);
    }

    private final SyndicationGrouper syndicationGrouper;
    private final ArticleAnalyzer articleAnalyzer;
    private final Function<StoryMaterial, StoryDigest> digestBuilder;

    public StoryDigester(SyndicationGrouper syndicationGrouper, ArticleAnalyzer articleAnalyzer, DigestBuilder digestBuilder) {
        this(syndicationGrouper, articleAnalyzer, Objects.requireNonNull(digestBuilder, "digestBuilder")::build);
    }

    /** A digester whose last step is any function from material to digest (a test wraps the standard builder). */
    public StoryDigester(SyndicationGrouper syndicationGrouper, ArticleAnalyzer articleAnalyzer,
                         Function<StoryMaterial, StoryDigest> digestBuilder) {
        this.syndicationGrouper = Objects.requireNonNull(syndicationGrouper, "syndicationGrouper");
        this.articleAnalyzer = Objects.requireNonNull(articleAnalyzer, "articleAnalyzer");
        this.digestBuilder = Objects.requireNonNull(digestBuilder, "digestBuilder");
    }

    /** A copy whose last step is another function from material to digest. */
    public StoryDigester withBuilder(Function<StoryMaterial, StoryDigest> newBuilder) {
        return new StoryDigester(syndicationGrouper, articleAnalyzer, newBuilder);
    }

    /** The digester with Synoptic's standard stages (CoreNLP and HeidelTime load on first use). */
    public static StoryDigester standard() {
        return new StoryDigester(SyndicationGrouper.defaults(), ArticleAnalyzer.standard(), DigestBuilder.standard());
    }

    /** A copy that marks these learned sentences as boilerplate, on top of the analyzer's own content roles. */
    public StoryDigester withRecurring(RecurringSentences recurring) {
        ContentRoles roles = articleAnalyzer.contentRoles().withRecurring(recurring);
        return new StoryDigester(syndicationGrouper, articleAnalyzer.withContentRoles(roles), digestBuilder);
    }

    /** The analyzer this digester reads articles with (recurring sentences included). */
    public ArticleAnalyzer analyzer() {
        return articleAnalyzer;
    }

    /**
     * The story's digest: one step per line.
     *
     * @param storyId  the story's stable id
     * @param members  the story's articles in arrival order, unique ids, at least one
     * @param analyses where analyses are kept; {@link Analyses#NONE} for nowhere
     */
    public StoryDigest digest(String storyId, List<Article> members, Analyses analyses) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article: " + storyId);
        }
        Map<String, String> syndicationGroups = syndicationGrouper.group(members);
        List<Article> dated = PublicationDates.infer(members);
        String storyDate = storyDate(dated);
        List<ArticleAnalysis> read = StoryEventTimes.complete(dated.stream()
                .map(a -> analyses.analysis(a, storyDate, article -> articleAnalyzer.analyze(article, storyDate)))
                .toList());
        return digestBuilder.apply(new StoryMaterial(storyId, read, syndicationGroups));
    }

    /**
     * The story's date, to anchor relative times in articles left without a publication date once
     * {@link PublicationDates} has inferred what it can: the most common publication date among its articles at the
     * precision they give (2023-09-04, 2023-09 or 2019), the earliest on a tie; {@code null} when none has one.
     */
    public static String storyDate(List<Article> members) {
        Map<String, Long> counts = members.stream().map(Article::published).filter(Objects::nonNull)
                .map(StoryDigester::datePart).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String datePart(String published) {
        String p = published.strip();
        if (p.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return p.substring(0, 10);
        }
        return p.matches("\\d{4}(-\\d{2})?") ? p : null;
    }
}
