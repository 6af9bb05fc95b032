package org.synoptic.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.synoptic.feeds.ItemSink;
import org.synoptic.model.Article;
import org.synoptic.store.IngestResult;

/**
 * New feed items published to a Kafka topic instead of being stored ({@code serve --feeds … --publish-kafka B}):
 * each item as the JSON article object the CLI and the stream job read ({@code id}, {@code url}, {@code title},
 * {@code text}, {@code outlet}, {@code author}, {@code published}, {@code language}), keyed by its URL (else its id),
 * with the same producer settings as {@code synoptic publish} (all replicas acknowledge, idempotent, in order). A
 * batch is taken only when every record is acknowledged; otherwise the poller reads the items again. Duplicates are the
 * job's to recognise, so every item counts as stored here. Thread-safe (the producer is).
 */
public final class KafkaItemSink implements ItemSink, Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    /** A sink publishing to {@code topic} on the brokers at {@code bootstrap} (host:port[,…]). */
    public KafkaItemSink(String bootstrap, String topic) {
        this.producer = new KafkaProducer<>(producerSettings(bootstrap), new ByteArraySerializer(),
                new ByteArraySerializer());
        this.topic = topic;
    }

    /**
     * How Synoptic sends articles to Kafka ({@code publish} and this sink alike): every replica acknowledges, the
     * producer is idempotent and keeps order (one request in flight), and a request may hold an article of up to the
     * parsers' 10 MB cap.
     */
    static Properties producerSettings(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(11 * 1024 * 1024));
        return p;
    }

    @Override
    public IngestResult take(List<Article> items) throws IOException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(items.size());
        List<IngestResult.Outcome> outcomes = new ArrayList<>(items.size());
        for (Article a : items) {
            String key = a.url() != null ? a.url() : a.id();
            sent.add(producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), json(a))));
            outcomes.add(new IngestResult.Outcome(a.source(), a.id(), null, IngestResult.Status.STORED, null));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("Kafka did not take the items for " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing to " + topic, e);
        }
        return new IngestResult(outcomes);
    }

    /** The article as the JSON object the parsers read. */
    static byte[] json(Article a) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        putIfPresent(o, "url", a.url());
        putIfPresent(o, "title", a.title());
        o.put("text", a.text());
        putIfPresent(o, "outlet", a.outlet());
        putIfPresent(o, "author", a.author());
        putIfPresent(o, "published", a.published());
        putIfPresent(o, "language", a.language());
        return JSON.writeValueAsBytes(o);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
