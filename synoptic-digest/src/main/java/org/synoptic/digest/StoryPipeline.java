package org.synoptic.digest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synoptic.cluster.Story;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.text.RecurringSentences;

/**
 * The batch pipeline from read articles to story digests: stories (fast tier), then per story the digest of its
 * members by the one deep-tier component, {@link StoryDigester}, with the sentences that recur in the batch learned
 * as boilerplate.
 *
 * <p>Stateless and thread-safe: each call builds its own story index.
 */
public final class StoryPipeline {

    private final StoryClusterer storyClusterer;
    private final ArticleAnalyzer articleAnalyzer;
    private final StoryDigester storyDigester;

    public StoryPipeline(SyndicationGrouper syndicationGrouper, StoryClusterer storyClusterer,
                         ArticleAnalyzer articleAnalyzer, DigestBuilder digestBuilder) {
        this.storyClusterer = Objects.requireNonNull(storyClusterer);
        this.articleAnalyzer = Objects.requireNonNull(articleAnalyzer);
        this.storyDigester = new StoryDigester(syndicationGrouper, articleAnalyzer, digestBuilder);
    }

    /** The pipeline with Synoptic's default stages. */
    public static StoryPipeline standard() {
        return new StoryPipeline(SyndicationGrouper.defaults(), StoryClusterer.defaults(), ArticleAnalyzer.standard(),
                DigestBuilder.standard());
    }

    /** Assigns the articles, in arrival order, to stories; largest stories first, then by first arrival. */
    public List<Story> cluster(List<Article> articles) {
        List<Story> stories = storyClusterer.cluster(articles);
        Map<String, Integer> arrival = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            arrival.put(articles.get(i).id(), i);
        }
        return stories.stream()
                .sorted(Comparator.comparingInt((Story s) -> -s.articleIds().size())
                        .thenComparingInt(s -> arrival.get(s.articleIds().get(0))))
                .toList();
    }

    /** The deep tier of one story, as this pipeline wires it (without a batch's recurring sentences). */
    public StoryDigester digester() {
        return storyDigester;
    }

    /** Reads one article with the deep tier. */
    public ArticleAnalysis analyze(Article article) {
        return articleAnalyzer.analyze(article);
    }

    /**
     * The story's date that anchors relative times; see {@link StoryDigester#storyDate}.
     */
    public static String storyDate(List<Article> members) {
        return StoryDigester.storyDate(members);
    }

    /** Clusters the articles and writes the digest of every story: the whole pipeline, one step per line. */
    public List<StoryDigest> digest(List<Article> articles) {
        List<StoryDigest> digests = new java.util.ArrayList<>();
        digest(articles, story -> true, DigestProgress.NONE, digests::add);
        return List.copyOf(digests);
    }

    /**
     * Clusters the articles and hands the digest of every selected story to {@code sink} as soon as it is built, in
     * the order of {@link #cluster}: a caller that writes each digest and drops it holds one story's analyses at a
     * time, not the whole batch's.
     *
     * @param articles articles with unique ids, in arrival order
     * @param selected which stories get a digest (the others are only counted in {@link DigestProgress#finished})
     * @param progress hears each stage and story; {@link DigestProgress#NONE} for none
     * @param sink     receives the digests, on the calling thread
     */
    public void digest(List<Article> articles, java.util.function.Predicate<Story> selected, DigestProgress progress,
                       java.util.function.Consumer<StoryDigest> sink) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        // sentences that recur across unrelated reports of one outlet are boilerplate for the deep tier too
        StoryDigester digester = storyDigester.withRecurring(RecurringSentences.learn(articles));
        progress.stage(DigestProgress.Stage.GROUPING, articles.size(), 0);
        progress.stage(DigestProgress.Stage.CLUSTERING, articles.size(), 0);
        List<Story> all = cluster(articles);
        List<Story> stories = all.stream().filter(selected).toList();
        int skipped = all.size() - stories.size();
        progress.stage(DigestProgress.Stage.ANALYSING, stories.stream().mapToInt(s -> s.articleIds().size()).sum(),
                stories.size());
        int done = 0;
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            int size = story.articleIds().size();
            progress.story(DigestProgress.Stage.ANALYSING, i + 1, stories.size(), size, done);
            progress.story(DigestProgress.Stage.DIGESTING, i + 1, stories.size(), size, done);
            List<Article> members = story.articleIds().stream().map(byId::get).toList();
            sink.accept(digester.digest(story.id(), members, StoryDigester.Analyses.NONE));
            done += size;
        }
        progress.finished(stories.size(), skipped, done);
    }
}
