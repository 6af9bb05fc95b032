package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

/**
 * Stop and restore: the job reads the first half of the input from Kafka, is stopped with a savepoint, the second half
 * is published, and a new job restored from the savepoint reads on. Its stories index then holds the same stories as
 * an uninterrupted job's on the whole input (and as the store's), every article once, and digests for every story of
 * two or more reports.
 */
@ExtendWith(StreamCluster.Services.class)
class StreamRestoreIT {

    static final int GNAD_REPORTS = 200;

    @TempDir
    Path dir;

    @Test
    void aRestoredJobGivesTheStoriesOfAnUninterruptedOne(StreamCluster cluster) throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(StreamInputs.root().resolve("samples/news")));
        Path seeds = StreamInputs.shared().resolve("seeds");
        if (Files.isDirectory(seeds)) {
            inputs.add(seeds);
        }
        List<ArticleMessage> messages = new ArrayList<>(StreamInputs.messages(inputs));
        messages.addAll(StreamInputs.gnad(GNAD_REPORTS));
        // the samples' stories span the cut: half of them before, half after
        List<ArticleMessage> interleaved = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            interleaved.add(messages.get(i % 2 == 0 ? i / 2 : messages.size() / 2 + i / 2 + (messages.size() % 2)));
        }
        assertThat(interleaved).containsExactlyInAnyOrderElementsOf(messages);
        int half = interleaved.size() / 2;
        List<Article> all = AssignmentStateTest.prepare(interleaved).stream().map(PreparedArticle::article).toList();
        List<Article> firstHalf = AssignmentStateTest.prepare(interleaved.subList(0, half)).stream()
                .map(PreparedArticle::article).toList();
        Map<String, List<String>> store = AssignmentStateTest.storeStories(all, dir.resolve("store"));

        // uninterrupted
        cluster.createTopic("whole-articles", 1);
        cluster.createTopic("whole-updates", 1);
        cluster.publish("whole-articles", interleaved);
        OpenSearchTarget whole = cluster.target("whole");
        StreamExecutionEnvironment env = cluster.environment(1, 500);
        SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), "whole-articles", "whole", true),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "whole-updates"), settings(whole));
        cluster.run(env, "stream-whole", StreamCluster.JOB_LIMIT);
        Map<String, List<String>> uninterrupted = StreamCluster.stories(whole);
        assertThat(uninterrupted).isEqualTo(store);

        // the first half, then a savepoint
        long t0 = System.nanoTime();
        cluster.createTopic("cut-articles", 1);
        cluster.createTopic("cut-updates", 1);
        cluster.publish("cut-articles", interleaved.subList(0, half));
        OpenSearchTarget cut = cluster.target("cut");
        StreamExecutionEnvironment first = cluster.environment(1, 500);
        SynopticJob.build(first, KafkaTopics.articles(cluster.bootstrap(), "cut-articles", "cut", false),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "cut-updates"), settings(cut));
        JobID firstJob = cluster.start(first, "stream-first-half", null);
        cluster.awaitWhileRunning(firstJob, StreamCluster.JOB_LIMIT,
                () -> StreamCluster.count(cut, cut.articles()) >= firstHalf.size(), "the first half in OpenSearch");
        String savepoint = cluster.stopWithSavepoint(firstJob, dir.resolve("savepoints"), false, StreamCluster.JOB_LIMIT);
        cluster.awaitEnd(firstJob, "stream-first-half", StreamCluster.JOB_LIMIT);
        Map<String, List<String>> atCut = StreamCluster.stories(cut);
        assertThat(atCut).isNotEqualTo(uninterrupted);

        // the second half, restored
        cluster.publish("cut-articles", interleaved.subList(half, interleaved.size()));
        StreamExecutionEnvironment second = cluster.environment(1, 500);
        SynopticJob.build(second, KafkaTopics.articles(cluster.bootstrap(), "cut-articles", "cut", false),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "cut-updates"), settings(cut));
        JobID secondJob = cluster.start(second, "stream-second-half", savepoint);
        cluster.awaitWhileRunning(secondJob, StreamCluster.JOB_LIMIT,
                () -> StreamCluster.count(cut, cut.articles()) >= all.size(), "the whole input in OpenSearch");
        cluster.stopWithSavepoint(secondJob, dir.resolve("savepoints"), true, StreamCluster.JOB_LIMIT);
        cluster.awaitEnd(secondJob, "stream-second-half", StreamCluster.JOB_LIMIT);
        System.out.printf("StreamRestoreIT: %d articles, cut after %d, stopped and restored in %.1f s%n",
                all.size(), firstHalf.size(), (System.nanoTime() - t0) / 1e9);

        assertThat(StreamCluster.stories(cut)).isEqualTo(uninterrupted);
        assertThat(StreamCluster.count(cut, cut.articles())).isEqualTo(all.size());
        Map<String, ObjectNode> digests = StreamCluster.documents(cut, cut.digests());
        for (Map.Entry<String, List<String>> story : uninterrupted.entrySet()) {
            if (story.getValue().size() >= 2) {
                assertThat(digests).as("digest of %s", story.getKey()).containsKey(story.getKey());
                assertThat(digests.get(story.getKey()).get("articleCount").asInt()).isEqualTo(story.getValue().size());
            }
        }
    }

    private static SynopticJob.Settings settings(OpenSearchTarget target) {
        return SynopticJob.Settings.defaults(target).withDebounce(Duration.ofMillis(300)).withRuleBasedAnalyzer(true);
    }
}
