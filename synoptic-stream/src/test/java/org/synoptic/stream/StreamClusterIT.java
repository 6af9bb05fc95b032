package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bound on the test jobs holds: a job that does not end (an unbounded source, as a hung job looks from outside)
 * fails the test after its limit with what it was doing, and is cancelled, so it cannot hold the build.
 */
@ExtendWith(StreamCluster.Services.class)
class StreamClusterIT {

    @Test
    void aJobThatDoesNotEndIsCancelledAndDescribed(StreamCluster cluster) throws Exception {
        cluster.createTopic("endless-articles", 1);
        cluster.createTopic("endless-updates", 1);
        cluster.publish("endless-articles", StreamInputs.messages(List.of(StreamInputs.root().resolve("samples/news"))));
        OpenSearchTarget target = cluster.target("endless");
        StreamExecutionEnvironment env = cluster.environment(1, 500);
        SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), "endless-articles", "endless", false),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "endless-updates"),
                SynopticJob.Settings.defaults(target).withDigests(false));
        JobID id = cluster.start(env, "stream-endless", null);

        assertThatThrownBy(() -> cluster.awaitEnd(id, "stream-endless", Duration.ofSeconds(15)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("job stream-endless did not end within PT15S; it was cancelled")
                .hasMessageContaining("job state: RUNNING")
                .hasMessageContaining("task story-assignment")
                .hasMessageContaining("checkpoints: ")
                .satisfies(e -> System.out.println("StreamClusterIT: the bound's message:\n" + e.getMessage()));
        assertThat(cluster.flink.getJobStatus(id).get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.CANCELED);
    }
}
