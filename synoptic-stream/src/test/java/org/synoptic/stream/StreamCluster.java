package org.synoptic.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.checkpoint.CheckpointStatsCounts;
import org.apache.flink.runtime.checkpoint.CheckpointStatsSnapshot;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.checkpoint.FailedCheckpointStats;
import org.apache.flink.runtime.executiongraph.ArchivedExecutionGraph;
import org.apache.flink.runtime.executiongraph.ArchivedExecutionVertex;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.scheduler.ExecutionGraphInfo;
import org.apache.flink.runtime.scheduler.exceptionhistory.RootExceptionHistoryEntry;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The in-JVM services the stream ITs share, started once per test run: one Kafka broker ({@link KafkaClusterTestKit}, the
 * single-broker settings from STACK.md), one real OpenSearch node ({@link OpenSearchRunner}) and one Flink
 * {@link MiniCluster} that runs every job of the tests ({@link #run}, {@link #start}). Each test uses its own topics and
 * index prefix. Tests get it as a parameter through {@link Services}, which keeps it in JUnit's root store: JUnit closes
 * it when the whole run ends, in the test JVM's main thread, before surefire's {@code System.exit}, so nothing is left
 * to shutdown hooks racing with the JVM's exit. The node's cluster is named after the process, so two test JVMs on one
 * machine (two builds at once) do not discover each other's node and join one cluster, where their indices of the same
 * prefix would collide.
 *
 * <p>Every job is bounded in time: {@link #run} and {@link #awaitEnd} wait at most a given limit, then cancel the job and
 * fail the test with what the job was doing (its state, its tasks' states, its checkpoints, the causes of its restarts,
 * {@link #describe}). A job may restart from its last checkpoint at most {@value #RESTARTS} times (a fixed delay of one
 * second); Flink's default with checkpointing, restarts without end, turns a failure that repeats into a hang. Flink's
 * INFO log of the checkpoint coordinator and the scheduler goes to {@code target/stream-it-flink.log} (see
 * {@code log4j2-test.properties}) for the post-mortem.
 */
final class StreamCluster implements AutoCloseable {

    /**
     * How long a test job may run before it is cancelled: the longest takes 10 to 20 s on 2 busy cores; the margin is
     * for a machine shared with other builds.
     */
    static final Duration JOB_LIMIT = Duration.ofMinutes(3);

    /** How often a test job may restart from its last checkpoint before it fails. */
    static final int RESTARTS = 2;

    final KafkaClusterTestKit kafka;
    final OpenSearchRunner openSearch;
    final String openSearchUrl;
    final MiniCluster flink;
    final double startSeconds;

    private StreamCluster(KafkaClusterTestKit kafka, OpenSearchRunner openSearch, String openSearchUrl,
                          MiniCluster flink, double start) {
        this.kafka = kafka;
        this.openSearch = openSearch;
        this.openSearchUrl = openSearchUrl;
        this.flink = flink;
        this.startSeconds = start;
    }

    /**
     * Gives a test method its {@link StreamCluster} parameter: one per test run, started on first use, closed by JUnit
     * at the end of the run (the root context's store closes {@link AutoCloseable} values).
     */
    static final class Services implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StreamCluster.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == StreamCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(StreamCluster.class, k -> {
                try {
                    return StreamCluster.start();
                } catch (Exception e) {
                    throw new IllegalStateException("the stream ITs' services did not start", e);
                }
            }, StreamCluster.class);
        }
    }

    /** Starts Kafka, OpenSearch and Flink; the caller closes them (tests get them from {@link Services}). */
    static StreamCluster start() throws Exception {
        long t0 = System.nanoTime();
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        Path home = Files.createTempDirectory("synoptic-opensearch");
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1)
                .clusterName("synoptic-it-" + ProcessHandle.current().pid()).disableESLogger());
        runner.ensureYellow();
        String port = runner.node().settings().get("http.port");
        Configuration flinkSettings = new Configuration();
        flinkSettings.set(RestOptions.BIND_PORT, "0");
        flinkSettings.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        MiniCluster flink = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(flinkSettings)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(4).build());
        flink.start();
        return new StreamCluster(kafka, runner, "http://127.0.0.1:" + port, flink, (System.nanoTime() - t0) / 1e9);
    }

    /** Stops Flink, OpenSearch and Kafka, in that order (the jobs write to the other two); the first failure is thrown. */
    @Override
    public void close() throws Exception {
        long t0 = System.nanoTime();
        Exception failure = null;
        for (AutoCloseable step : List.<AutoCloseable>of(flink, () -> {
            openSearch.close();
            openSearch.clean();
        }, kafka)) {
            try {
                step.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        System.out.printf("StreamCluster: Flink, OpenSearch and Kafka closed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * An environment for a test job on {@link #flink}: the given parallelism, checkpoints every {@code checkpointMillis}
     * (0: none), at most {@value #RESTARTS} restarts, a checkpoint that fails or takes over a minute does not fail the
     * job (the next one is tried; a job that never checkpoints again is caught by the time limit of {@link #run}).
     */
    StreamExecutionEnvironment environment(int parallelism, long checkpointMillis) {
        Configuration c = new Configuration();
        c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTARTS);
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, c);
        if (checkpointMillis > 0) {
            env.enableCheckpointing(checkpointMillis);
            env.getCheckpointConfig().setCheckpointTimeout(60_000);
            env.getCheckpointConfig().setTolerableCheckpointFailureNumber(Integer.MAX_VALUE);
        }
        return env;
    }

    /**
     * Runs the job built on {@code env} to its end on {@link #flink}, waiting at most {@code limit}; on time out the job
     * is cancelled and the test fails with {@link #describe}. A job that failed (after its restarts) fails the test with
     * Flink's exception. Prints a line when the job restarted, with the causes.
     */
    JobExecutionResult run(StreamExecutionEnvironment env, String name, Duration limit) throws Exception {
        JobID id = start(env, name, null);
        return awaitEnd(id, name, limit);
    }

    /** Submits the job built on {@code env} to {@link #flink}, restored from {@code savepoint} unless null. */
    JobID start(StreamExecutionEnvironment env, String name, String savepoint) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(name);
        JobGraph job = graph.getJobGraph(Thread.currentThread().getContextClassLoader());
        if (savepoint != null) {
            job.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint));
        }
        return flink.submitJob(job).get(1, TimeUnit.MINUTES).getJobID();
    }

    /** Waits at most {@code limit} for the job to end; as {@link #run}. */
    JobExecutionResult awaitEnd(JobID id, String name, Duration limit) throws Exception {
        JobResult result;
        try {
            result = flink.requestJobResult(id).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String state = describe(id);
            cancel(id);
            throw new AssertionError("job " + name + " did not end within " + limit + "; it was cancelled.\n" + state);
        }
        String restarts = restarts(id);
        if (!restarts.isEmpty()) {
            System.out.println("job " + name + " restarted from a checkpoint:\n" + restarts);
        }
        return result.toJobExecutionResult(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Stops the job with a savepoint in {@code dir} (draining it when {@code drain}: the end of input for every
     * operator) and returns the savepoint's path; retried for at most a minute while some task is still being deployed
     * (Flink refuses the checkpoint then, and the job goes on). Waits at most {@code limit} for each try.
     */
    String stopWithSavepoint(JobID id, Path dir, boolean drain, Duration limit) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                return flink.stopWithSavepoint(id, dir.toUri().toString(), drain, SavepointFormatType.CANONICAL)
                        .get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (System.nanoTime() > end || !String.valueOf(e.getMessage()).contains("not being executed")) {
                    throw e;
                }
                Thread.sleep(500);
            } catch (TimeoutException e) {
                String state = describe(id);
                cancel(id);
                throw new AssertionError("job " + id + ": no savepoint within " + limit + "; it was cancelled.\n" + state);
            }
        }
    }

    /**
     * What a job is doing, for a failure message: its state, each task's state, its checkpoint counts, the latest
     * completed and failed checkpoint, and the causes of its restarts.
     */
    String describe(JobID id) {
        StringBuilder out = new StringBuilder();
        try {
            ExecutionGraphInfo info = flink.getExecutionGraphInfo(id).get(30, TimeUnit.SECONDS);
            ArchivedExecutionGraph graph = info.getArchivedExecutionGraph();
            out.append("job state: ").append(graph.getState()).append('\n');
            for (ArchivedExecutionVertex task : graph.getAllExecutionVertices()) {
                out.append("  task ").append(task.getTaskNameWithSubtaskIndex()).append(": ")
                        .append(task.getExecutionState()).append('\n');
            }
            CheckpointStatsSnapshot checkpoints = graph.getCheckpointStatsSnapshot();
            if (checkpoints != null) {
                CheckpointStatsCounts counts = checkpoints.getCounts();
                out.append(String.format("checkpoints: %d completed, %d failed, %d in progress, %d restored%n",
                        counts.getNumberOfCompletedCheckpoints(), counts.getNumberOfFailedCheckpoints(),
                        counts.getNumberOfInProgressCheckpoints(), counts.getNumberOfRestoredCheckpoints()));
                CompletedCheckpointStats completed = checkpoints.getHistory().getLatestCompletedCheckpoint();
                if (completed != null) {
                    out.append(String.format("latest completed checkpoint: %d, %d ms ago%n", completed.getCheckpointId(),
                            System.currentTimeMillis() - completed.getLatestAckTimestamp()));
                }
                FailedCheckpointStats failed = checkpoints.getHistory().getLatestFailedCheckpoint();
                if (failed != null) {
                    out.append(String.format("latest failed checkpoint: %d: %s%n", failed.getCheckpointId(),
                            failed.getFailureMessage()));
                }
            }
            out.append(restarts(id));
        } catch (Exception e) {
            out.append("(the job's state could not be read: ").append(e).append(")\n");
        }
        return out.toString();
    }

    /** The causes of the job's restarts (Flink's exception history), one line each; empty when it never failed. */
    String restarts(JobID id) throws Exception {
        StringBuilder out = new StringBuilder();
        for (RootExceptionHistoryEntry e : flink.getExecutionGraphInfo(id).get(30, TimeUnit.SECONDS).getExceptionHistory()) {
            String trace = e.getExceptionAsString();
            out.append("  failure in ").append(e.getFailingTaskName() == null ? "the job" : e.getFailingTaskName())
                    .append(": ").append(trace, 0, Math.min(trace.length(), 2_000)).append('\n');
        }
        return out.toString();
    }

    /**
     * Waits at most {@code limit} for a condition while the job runs (e.g. its output in OpenSearch); on time out the
     * job is cancelled and the test fails with {@link #describe}.
     */
    void awaitWhileRunning(JobID id, Duration limit, java.util.concurrent.Callable<Boolean> condition, String what)
            throws Exception {
        try {
            waitFor(limit, condition, what);
        } catch (AssertionError e) {
            String state = describe(id);
            cancel(id);
            throw new AssertionError(e.getMessage() + "; the job was cancelled.\n" + state, e);
        }
    }

    private void cancel(JobID id) {
        try {
            flink.cancelJob(id).get(30, TimeUnit.SECONDS);
            flink.requestJobResult(id).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("job " + id + " could not be cancelled: " + e);
        }
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        }
    }

    /** Sends the messages in order (one partition keeps it), as {@code synoptic publish} does, and waits for acks. */
    void publish(String topic, List<ArticleMessage> messages) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ArticleMessage m : messages) {
                producer.send(new ProducerRecord<>(topic, 0, m.source.getBytes(java.nio.charset.StandardCharsets.UTF_8), m.bytes));
            }
            producer.flush();
        }
    }

    /** A consumer of one partition, without a group, at the partition's start. */
    private org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> fromStart(
            org.apache.kafka.common.TopicPartition partition) {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer =
                new org.apache.kafka.clients.consumer.KafkaConsumer<>(p,
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        return consumer;
    }

    /**
     * The records of partition 0 of a topic from its start, until {@code count} are read (a two-minute guard against a
     * hang, no timing), and any that arrive within half a second more: a duplicate would show as one too many.
     */
    java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> records(String topic, int count) {
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
        org.apache.kafka.common.TopicPartition partition = new org.apache.kafka.common.TopicPartition(topic, 0);
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer = fromStart(partition)) {
            long guard = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (out.size() < count && System.nanoTime() < guard) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        return out;
    }

    /**
     * Every record of partition 0 of a topic, from its start to the end offset it has when called (a topic a finished
     * job wrote: complete). Reads by offsets, not by waiting for quiet: a read that waits for some idle polls ends
     * early when the broker is slow to answer (a machine under load), and then misses records. At most two minutes.
     */
    java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> allRecords(String topic) {
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
        org.apache.kafka.common.TopicPartition partition = new org.apache.kafka.common.TopicPartition(topic, 0);
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer = fromStart(partition)) {
            long end = consumer.endOffsets(List.of(partition), Duration.ofMinutes(1)).get(partition);
            long guard = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (consumer.position(partition, Duration.ofMinutes(1)) < end) {
                if (System.nanoTime() > guard) {
                    throw new AssertionError("read " + out.size() + " records of " + topic + " in two minutes, not all "
                            + end);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    OpenSearchTarget target(String prefix) throws Exception {
        OpenSearchTarget t = new OpenSearchTarget(openSearchUrl, prefix);
        t.installTemplates();
        return t;
    }

    /** Every document of an index after a refresh, by id (at most 10,000). */
    static Map<String, ObjectNode> documents(OpenSearchTarget target, String index) throws IOException {
        OpenSearchClient client = target.client();
        try {
            client.indices().refresh(r -> r.index(index));
            SearchResponse<ObjectNode> response = client.search(s -> s.index(index).size(10_000)
                    .query(q -> q.matchAll(m -> m)), ObjectNode.class);
            Map<String, ObjectNode> docs = new TreeMap<>();
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                docs.put(hit.id(), hit.source());
            }
            return docs;
        } finally {
            client._transport().close();
        }
    }

    /** The stories index as story id → member ids. */
    static Map<String, List<String>> stories(OpenSearchTarget target) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, ObjectNode> e : documents(target, target.stories()).entrySet()) {
            List<String> ids = new java.util.ArrayList<>();
            e.getValue().get("memberIds").forEach(n -> ids.add(n.asText()));
            out.put(e.getKey(), ids);
        }
        return out;
    }

    /** The number of documents in an index (refreshed). */
    static long count(OpenSearchTarget target, String index) throws IOException {
        OpenSearchClient client = target.client();
        try {
            if (!client.indices().exists(r -> r.index(index)).value()) {
                return 0;
            }
            client.indices().refresh(r -> r.index(index));
            return client.count(c -> c.index(index)).count();
        } finally {
            client._transport().close();
        }
    }

    static void waitFor(Duration timeout, java.util.concurrent.Callable<Boolean> condition, String what) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
