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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The in-JVM services the stream ITs share, started once per JVM: one Kafka broker ({@link KafkaClusterTestKit}, the
 * single-broker settings from STACK.md) and one real OpenSearch node ({@link OpenSearchRunner}). Each test uses its own
 * topics and index prefix. Closed by a shutdown hook. The node's cluster is named
 * after the process, so two test JVMs on one machine (two builds at once) do not discover each other's node and join
 * one cluster, where their indices of the same prefix would collide.
 */
final class StreamCluster {

    private static StreamCluster shared;

    final KafkaClusterTestKit kafka;
    final OpenSearchRunner openSearch;
    final String openSearchUrl;
    final double startSeconds;

    private StreamCluster(KafkaClusterTestKit kafka, OpenSearchRunner openSearch, String openSearchUrl, double start) {
        this.kafka = kafka;
        this.openSearch = openSearch;
        this.openSearchUrl = openSearchUrl;
        this.startSeconds = start;
    }

    static synchronized StreamCluster get() throws Exception {
        if (shared == null) {
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
            shared = new StreamCluster(kafka, runner, "http://127.0.0.1:" + port, (System.nanoTime() - t0) / 1e9);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runner.close();
                    runner.clean();
                    kafka.close();
                } catch (Exception e) {
                    // the JVM ends anyway
                }
            }));
        }
        return shared;
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

    /**
     * The records of partition 0 of a topic from its start, until {@code count} are read (a two-minute guard against a
     * hang, no timing), and any that arrive within half a second more: a duplicate would show as one too many.
     */
    java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> records(String topic, int count) {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer =
                     new org.apache.kafka.clients.consumer.KafkaConsumer<>(p,
                             new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                             new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            org.apache.kafka.common.TopicPartition partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long guard = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (out.size() < count && System.nanoTime() < guard) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
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
