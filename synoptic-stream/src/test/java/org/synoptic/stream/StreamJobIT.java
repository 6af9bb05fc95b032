package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.cluster.Story;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.model.Article;

/**
 * The whole job on Flink's MiniCluster (parallelism 2) between an in-JVM Kafka broker and a real OpenSearch node: on the
 * bundled samples, plus the five seeds and a 10kGNAD slice when {@code ../shared} has them, the stories index holds the
 * same stories as the single-JVM store and as {@code synoptic cluster} on the same input in the same order; every story
 * of two or more reports has a digest; the story-updates topic tells each story's last state.
 */
@ExtendWith(StreamCluster.Services.class)
class StreamJobIT {

    /** 10kGNAD reports added to the input when the data is there (test.csv's first rows). */
    static final int GNAD_REPORTS = 600;

    @TempDir
    Path dir;

    @Test
    void givesTheStoriesOfTheStoreAndTheCli(StreamCluster cluster) throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(StreamInputs.root().resolve("samples/news")));
        Path seeds = StreamInputs.shared().resolve("seeds");
        List<ArticleMessage> messages = new ArrayList<>();
        if (Files.isDirectory(seeds)) {
            inputs.add(seeds);
        } else {
            System.out.println("StreamJobIT: " + seeds + " is absent; the seeds part is skipped");
        }
        messages.addAll(StreamInputs.messages(inputs));
        List<ArticleMessage> gnad = StreamInputs.gnad(GNAD_REPORTS);
        if (gnad.isEmpty()) {
            System.out.println("StreamJobIT: ../shared/data/10kgnad/test.csv is absent; the 10kGNAD part is skipped");
        }
        messages.addAll(gnad);

        List<Article> articles = AssignmentStateTest.prepare(messages).stream().map(PreparedArticle::article).toList();
        Map<String, List<String>> store = AssignmentStateTest.storeStories(articles, dir.resolve("store"));
        Map<String, List<String>> cli = StoryClusterer.defaults().cluster(articles).stream()
                .collect(Collectors.toMap(Story::id, Story::articleIds, (a, b) -> a, TreeMap::new));

        cluster.createTopic("equal-articles", 1);
        cluster.createTopic("equal-updates", 1);
        cluster.publish("equal-articles", messages);
        OpenSearchTarget target = cluster.target("equal");

        long t0 = System.nanoTime();
        StreamExecutionEnvironment env = cluster.environment(2, 1000);
        SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), "equal-articles", "equal", true),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "equal-updates"),
                SynopticJob.Settings.defaults(target).withDebounce(Duration.ofMillis(300)).withRuleBasedAnalyzer(true));
        cluster.run(env, "stream-equal", StreamCluster.JOB_LIMIT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("StreamJobIT: %d messages, %d articles, %d stories; services started in %.1f s, job ran %.1f s%n",
                messages.size(), articles.size(), store.size(), cluster.startSeconds, seconds);

        Map<String, List<String>> job = StreamCluster.stories(target);
        assertThat(job).isEqualTo(store);
        assertThat(job).isEqualTo(cli);
        assertThat(StreamCluster.count(target, target.articles())).isEqualTo(articles.size());

        Map<String, ObjectNode> digests = StreamCluster.documents(target, target.digests());
        for (Map.Entry<String, List<String>> story : job.entrySet()) {
            if (story.getValue().size() >= 2) {
                assertThat(digests).as("digest of %s", story.getKey()).containsKey(story.getKey());
                assertThat(digests.get(story.getKey()).get("articleCount").asInt()).isEqualTo(story.getValue().size());
                assertThat(digests.get(story.getKey()).get("digest").get("facts")).isNotNull();
            }
        }
        assertThat(digests.keySet()).isSubsetOf(job.keySet());

        Map<String, JsonNode> last = lastUpdates(cluster, "equal-updates");
        for (Map.Entry<String, List<String>> story : job.entrySet()) {
            List<String> members = new ArrayList<>();
            last.get(story.getKey()).get("memberIds").forEach(n -> members.add(n.asText()));
            assertThat(members).isEqualTo(story.getValue());
        }
        for (Map.Entry<String, JsonNode> u : last.entrySet()) {
            if (!job.containsKey(u.getKey())) {
                assertThat(u.getValue().get("change").asText()).isEqualTo("merged");
            }
        }
    }

    /** The highest-version update of each story on the topic (all of it: the job has ended). */
    static Map<String, JsonNode> lastUpdates(StreamCluster cluster, String topic) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> last = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : cluster.allRecords(topic)) {
            JsonNode u = json.readTree(r.value());
            last.merge(u.get("storyId").asText(), u,
                    (a, b) -> a.get("version").asLong() >= b.get("version").asLong() ? a : b);
        }
        return last;
    }
}
