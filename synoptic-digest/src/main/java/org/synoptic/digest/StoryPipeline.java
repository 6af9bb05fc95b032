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

/**
 * The batch pipeline from read articles to story digests: syndication groups and stories (fast tier), then per
 * story the analysis of its articles and the digest (deep tier).
 *
 * <p>Stateless and thread-safe: each call builds its own story index.
 */
public final class StoryPipeline {

    private final SyndicationGrouper syndicationGrouper;
    private final StoryClusterer storyClusterer;
    private final ArticleAnalyzer articleAnalyzer;
    private final DigestBuilder digestBuilder;

    public StoryPipeline(SyndicationGrouper syndicationGrouper, StoryClusterer storyClusterer,
                         ArticleAnalyzer articleAnalyzer, DigestBuilder digestBuilder) {
        this.syndicationGrouper = Objects.requireNonNull(syndicationGrouper);
        this.storyClusterer = Objects.requireNonNull(storyClusterer);
        this.articleAnalyzer = Objects.requireNonNull(articleAnalyzer);
        this.digestBuilder = Objects.requireNonNull(digestBuilder);
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

    /** Reads one article with the deep tier. */
    public ArticleAnalysis analyze(Article article) {
        return articleAnalyzer.analyze(article);
    }

    /** Clusters the articles and writes the digest of every story: the whole pipeline, one step per line. */
    public List<StoryDigest> digest(List<Article> articles) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, String> syndicationGroups = syndicationGrouper.group(articles);
        List<Story> stories = cluster(articles);
        return stories.stream()
                .map(story -> new StoryMaterial(story.id(),
                        story.articleIds().stream().map(byId::get).map(articleAnalyzer::analyze).toList(),
                        syndicationGroups))
                .map(digestBuilder::build)
                .toList();
    }
}
