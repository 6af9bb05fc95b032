package org.synoptic.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigester;
import org.synoptic.model.Article;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;
import org.synoptic.store.StorySummary;

/**
 * Not a timed test (run on demand: {@code mvn -o -pl synoptic-stream -am test -Dtest=StreamBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.articles=5000}): on one corpus, in one run,
 *
 * <ul>
 *   <li>the single-JVM store's ingest throughput (articles/s), and with its background digests finished;</li>
 *   <li>the sequential assignment alone (the job's one ordered stage, no Flink) and its state size, scaled to
 *       100,000 articles: the dominant part of each checkpoint;</li>
 *   <li>the job on MiniCluster at parallelism 1 (topic of one partition) and 2 (two partitions), with digests, and at
 *       parallelism 1 without the deep tier: articles/s from submission to the end of the bounded input, MiniCluster
 *       start and the last digests included;</li>
 *   <li>latency from the Kafka write of an article to its story being searchable in OpenSearch (p50, p99), with the
 *       job running and articles sent one by one at a modest rate.</li>
 * </ul>
 *
 * <p>Corpus: 10kGNAD's 1,028 test reports, replicated with seeded perturbations (sentences shuffled, numbers changed,
 * one sentence dropped) up to {@code bench.articles}, as the throughput harness in synoptic-bench builds it.
 */
@org.junit.jupiter.api.extension.ExtendWith(StreamCluster.Services.class)
class StreamBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Test
    void measure(StreamCluster cluster) throws Exception {
        List<String> base = StreamInputs.gnadTexts();
        Assumptions.assumeFalse(base.isEmpty(), "StreamBenchmark: ../shared/data/10kgnad is absent");
        int n = Integer.getInteger("bench.articles", 5000);
        int latencyArticles = Integer.getInteger("bench.latencyArticles", 300);
        List<ArticleMessage> messages = StreamInputs.json(corpus(base, n, new Random(7)), "b");
        StringBuilder report = new StringBuilder();
        report.append(String.format("corpus: %d articles (10kGNAD test, perturbed copies); %d cores%n", n,
                Runtime.getRuntime().availableProcessors()));

        // single-JVM store
        List<PreparedArticle> prepared = AssignmentStateTest.prepare(messages);
        List<Article> articles = prepared.stream().map(PreparedArticle::article).toList();
        Path dir = Files.createTempDirectory("bench-store");
        long t0 = System.nanoTime();
        Map<String, List<String>> store;
        double storeSeconds;
        double storeDigestSeconds;
        try (ArticleStore s = ArticleStore.open(dir, StoreOptions.defaults().withDigester(new StoryDigester(
                SyndicationGrouper.defaults(), ArticleAnalyzer.ruleBased(), DigestBuilder.standard())))) {
            for (int i = 0; i < articles.size(); i += 500) {
                s.ingest(articles.subList(i, Math.min(articles.size(), i + 500)));
            }
            storeSeconds = (System.nanoTime() - t0) / 1e9;
            s.awaitDigests(Duration.ofMinutes(20));
            storeDigestSeconds = (System.nanoTime() - t0) / 1e9;
            store = s.stories().stream().collect(Collectors.toMap(StorySummary::id, StorySummary::articleIds,
                    (a, b) -> a, TreeMap::new));
        }
        report.append(String.format("single-JVM store: ingest %.1f s = %.0f articles/s; with its background digests "
                        + "done %.1f s = %.0f articles/s; %d stories%n", storeSeconds, n / storeSeconds,
                storeDigestSeconds, n / storeDigestSeconds, store.size()));

        // the ordered stage alone and its state
        t0 = System.nanoTime();
        AssignmentState state = AssignmentState.empty();
        prepared.forEach(state::place);
        double assignSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        byte[] bytes = state.toBytes();
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        report.append(String.format("assignment alone: %.0f articles/s; state %,d bytes after %d articles "
                        + "= %.1f MB per 100,000 articles (written in %.2f s)%n", n / assignSeconds, bytes.length, n,
                bytes.length * (100_000.0 / n) / 1e6, writeSeconds));

        // the job at parallelism 1 and 2, with and without the deep tier
        for (int run = 0; run < 3; run++) {
            int parallelism = run == 0 ? 1 : run == 1 ? 2 : 1;
            boolean digests = run < 2;
            String name = "bench" + parallelism + (digests ? "d" : "n");
            cluster.createTopic(name + "-articles", parallelism);
            cluster.createTopic(name + "-updates", 1);
            publish(cluster, name + "-articles", messages, parallelism);
            OpenSearchTarget target = cluster.target(name);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
            env.enableCheckpointing(2000);
            SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), name + "-articles", name, true),
                    KafkaTopics.storyUpdates(cluster.bootstrap(), name + "-updates"),
                    SynopticJob.Settings.defaults(target).withRuleBasedAnalyzer(true).withDigests(digests));
            t0 = System.nanoTime();
            env.execute(name);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, List<String>> job = StreamCluster.stories(target);
            report.append(String.format("job p=%d (%d partition(s)), %s: %.1f s, %.0f articles/s, %d stories, %s the store's%n",
                    parallelism, parallelism, digests ? "with digests" : "no deep tier", seconds, n / seconds, job.size(),
                    job.equals(store) ? "same stories as" : "stories differ from"));
        }

        // latency: Kafka write -> story searchable
        cluster.createTopic("latency-articles", 1);
        cluster.createTopic("latency-updates", 1);
        OpenSearchTarget target = cluster.target("latency");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, new Configuration());
        env.enableCheckpointing(5000);
        SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), "latency-articles", "latency", false),
                KafkaTopics.storyUpdates(cluster.bootstrap(), "latency-updates"),
                SynopticJob.Settings.defaults(target).withRuleBasedAnalyzer(true));
        JobClient job = env.executeAsync("latency");
        List<ArticleMessage> probe = messages.subList(0, Math.min(latencyArticles, messages.size()));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        StreamCluster.waitFor(Duration.ofMinutes(2), () -> job.getJobStatus().get()
                == org.apache.flink.api.common.JobStatus.RUNNING, "the latency job running");
        Thread.sleep(3000); // its tasks deployed
        Thread poller = new Thread(() -> poll(target, sentAt, seenAt, probe.size()));
        poller.start();
        Properties p = producerProperties(cluster);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < probe.size(); i++) {
                sentAt.put("b" + i, System.nanoTime());
                producer.send(new ProducerRecord<>("latency-articles", 0, probe.get(i).source.getBytes(), probe.get(i).bytes)).get();
                Thread.sleep(50);
            }
        }
        poller.join(180_000);
        job.cancel().get();
        long[] latencies = seenAt.entrySet().stream().mapToLong(e -> e.getValue() - sentAt.get(e.getKey())).sorted().toArray();
        report.append(String.format("latency Kafka write -> story searchable (%d of %d articles at 20/s, checkpoints 5 s, "
                        + "refresh 1 s): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", latencies.length, probe.size(),
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6));
        System.out.println("StreamBenchmark\n" + report);
        Files.writeString(Path.of("target/stream-benchmark.txt"), report.toString());
    }

    /** Polls the stories index for the sent articles' ids until each is seen or two minutes pass. */
    private static void poll(OpenSearchTarget target, Map<String, Long> sentAt, Map<String, Long> seenAt, int total) {
        OpenSearchClient client = target.client();
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try {
            while (seenAt.size() < total && System.nanoTime() < end) {
                List<FieldValue> open = new ArrayList<>();
                for (String id : sentAt.keySet()) {
                    if (!seenAt.containsKey(id)) {
                        open.add(FieldValue.of(id));
                    }
                }
                SearchResponse<Map> r = null;
                try {
                    if (!open.isEmpty() && client.indices().exists(x -> x.index(target.stories())).value()) {
                        r = client.search(s -> s.index(target.stories()).size(1000)
                                .query(q -> q.terms(t -> t.field("memberIds").terms(v -> v.value(open)))), Map.class);
                    }
                } catch (Exception e) {
                    r = null; // an index still being created answers 503: ask again
                }
                if (r != null) {
                    long now = System.nanoTime();
                    for (var hit : r.hits().hits()) {
                        for (Object id : (List<?>) hit.source().get("memberIds")) {
                            if (sentAt.containsKey(id.toString())) {
                                seenAt.putIfAbsent(id.toString(), now);
                            }
                        }
                    }
                }
                Thread.sleep(20);
            }
            client._transport().close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static Properties producerProperties(StreamCluster cluster) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return p;
    }

    /** Round-robin over the partitions, in order within each. */
    private static void publish(StreamCluster cluster, String topic, List<ArticleMessage> messages, int partitions) {
        Properties p = producerProperties(cluster);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < messages.size(); i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, messages.get(i).source.getBytes(), messages.get(i).bytes));
            }
            producer.flush();
        }
    }

    static List<String> corpus(List<String> base, int target, Random random) {
        List<String> corpus = new ArrayList<>(target);
        for (int round = 0; corpus.size() < target; round++) {
            for (String text : base) {
                if (corpus.size() >= target) {
                    break;
                }
                corpus.add(round == 0 ? text : perturb(text, random));
            }
        }
        return corpus;
    }

    private static String perturb(String text, Random random) {
        List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=[.!?]) +")));
        Collections.shuffle(sentences, random);
        if (sentences.size() > 3) {
            sentences.remove(random.nextInt(sentences.size()));
        }
        Matcher m = NUMBER.matcher(String.join(" ", sentences));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(random.nextInt(10_000)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
