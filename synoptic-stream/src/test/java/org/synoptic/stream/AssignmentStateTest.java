package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.cluster.Story;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigester;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;
import org.synoptic.store.StorySummary;

/**
 * The job's sequential stage without Flink: fed the fast tier's output of the bundled samples, it places them as the
 * single-JVM store does, and a state written to bytes and read back half-way places the rest the same.
 */
class AssignmentStateTest {

    @TempDir
    Path dir;

    @Test
    void placesTheSamplesAsTheStoreDoesAndGoesOnFromItsBytes() throws Exception {
        Map<String, List<String>> job = placedAsTheStoreDoes(List.of(StreamInputs.root().resolve("samples/news")));
        assertThat(job.values().stream().mapToInt(List::size).max().orElse(0)).isGreaterThan(1);
    }

    /**
     * The German and English reports of the bilingual sample: the job links the English story into the German one as
     * the store and {@code cluster} do, and a state read back from its bytes half-way (after the German reports and
     * before the English one) still links it.
     */
    @Test
    void linksAGermanAndAnEnglishStoryAsTheStoreDoesAcrossARestore() throws Exception {
        Map<String, List<String>> job = placedAsTheStoreDoes(
                List.of(StreamInputs.root().resolve("samples/crosslingual/news")));
        List<Article> read = new ArticleIngester().ingest(
                List.of(StreamInputs.root().resolve("samples/crosslingual/news").toString())).articles();
        Map<String, String> languageOf = read.stream().collect(Collectors.toMap(Article::id, Article::language));
        assertThat(job.values()).anySatisfy(members -> assertThat(members.stream().map(languageOf::get).distinct())
                .containsExactlyInAnyOrder("de", "en"));
    }

    /** Places the inputs' articles in one state and in a state restored half-way; both must give the store's stories. */
    private Map<String, List<String>> placedAsTheStoreDoes(List<Path> inputs) throws Exception {
        List<PreparedArticle> prepared = prepare(StreamInputs.messages(inputs));

        AssignmentState whole = AssignmentState.empty();
        prepared.forEach(whole::place);
        Map<String, List<String>> job = new TreeMap<>(whole.stories());

        List<Article> read = new ArticleIngester().ingest(inputs.stream().map(Path::toString).toList()).articles();
        assertThat(prepared.stream().map(p -> p.id).toList()).isEqualTo(read.stream().map(Article::id).toList());
        Map<String, List<String>> store = storeStories(read, dir);
        assertThat(job).isEqualTo(store);
        Map<String, List<String>> cli = StoryClusterer.defaults().cluster(read).stream()
                .collect(Collectors.toMap(Story::id, Story::articleIds, (a, b) -> a, TreeMap::new));
        assertThat(job).isEqualTo(cli);

        AssignmentState first = AssignmentState.empty();
        int half = prepared.size() / 2;
        prepared.subList(0, half).forEach(first::place);
        AssignmentState restored = AssignmentState.readFrom(first.toBytes());
        prepared.subList(half, prepared.size()).forEach(restored::place);
        assertThat(new TreeMap<>(restored.stories())).isEqualTo(job);
        return job;
    }

    static List<PreparedArticle> prepare(List<ArticleMessage> messages) {
        FastTier fastTier = new FastTier();
        fastTier.open(null);
        List<PreparedArticle> out = new ArrayList<>();
        for (ArticleMessage m : messages) {
            fastTier.flatMap(m, new org.apache.flink.util.Collector<>() {
                @Override
                public void collect(PreparedArticle record) {
                    out.add(record);
                }

                @Override
                public void close() {
                }
            });
        }
        return out;
    }

    /** The stories the single-JVM store makes of the articles, ingested in order: id → member ids. */
    static Map<String, List<String>> storeStories(List<Article> articles, Path dir) throws Exception {
        StoreOptions options = StoreOptions.defaults().withDigester(
                new StoryDigester(SyndicationGrouper.defaults(), ArticleAnalyzer.ruleBased(), DigestBuilder.standard()));
        try (ArticleStore store = ArticleStore.open(dir, options)) {
            for (int i = 0; i < articles.size(); i += 200) {
                store.ingest(articles.subList(i, Math.min(articles.size(), i + 200)));
            }
            return store.stories().stream().collect(Collectors.toMap(StorySummary::id, StorySummary::articleIds,
                    (a, b) -> a, TreeMap::new));
        }
    }
}
