package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synoptic.cli.KafkaItemSink;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.FollowerOptions;

/**
 * Feeds polled by the server, published to Kafka instead of stored ({@code serve --feeds … --publish-kafka}): a
 * loopback RSS feed's new items reach the topic once each, as JSON articles the job reads, and a poll that finds
 * nothing new publishes nothing.
 */
@ExtendWith(StreamCluster.Services.class)
class FeedPublishIT {

    private static final String TEXT = "Die Stadtwerke Hollfelden erhöhen zum ersten Januar die Preise für Fernwärme "
            + "um acht Prozent. Betroffen sind rund 4.000 Haushalte in der Innenstadt, wie das Unternehmen mitteilte. ";

    private static String rss() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            items.append("<item><title>Meldung ").append(i).append("</title><link>http://127.0.0.1/meldung-").append(i)
                    .append("</link><guid>meldung-").append(i).append("</guid><pubDate>Mon, 0").append(i)
                    .append(" Dec 2025 08:00:00 GMT</pubDate><description>").append(TEXT.repeat(3)).append(i)
                    .append("</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Hollfelder Bote</title>"
                + "<link>http://127.0.0.1/</link><description>Lokales</description>" + items + "</channel></rss>";
    }

    @Test
    void newItemsArePublishedOnceAsArticles(StreamCluster cluster) throws Exception {
        String topic = "feed-items";
        cluster.createTopic(topic, 1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger gets = new AtomicInteger();
        byte[] feed = rss().getBytes(StandardCharsets.UTF_8);
        server.createContext("/rss.xml", ex -> {
            gets.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, feed.length);
            ex.getResponseBody().write(feed);
            ex.close();
        });
        server.createContext("/robots.txt", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        Path dir = Files.createTempDirectory("synoptic-feed-publish");
        MovedClock clock = new MovedClock(java.time.Instant.parse("2025-12-01T09:00:00Z"));
        FollowerOptions options = new FollowerOptions(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO,
                Duration.ofSeconds(30), 10L * 1024 * 1024, true, 1, clock, false);
        try (KafkaItemSink sink = new KafkaItemSink(cluster.bootstrap(), topic);
             FeedFollower follower = FeedFollower.open(sink, dir, options)) {
            follower.subscribe("http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml", "Lokal");
            follower.pollDue();
            assertThat(follower.feeds().get(0).state().lastError()).isNull();
            assertThat(follower.feeds().get(0).state().totalItems()).isEqualTo(2);
            clock.move(Duration.ofMinutes(1)); // the feed is due again: its longest interval has passed
            follower.pollDue();
            assertThat(gets.get()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
        List<ConsumerRecord<byte[], byte[]>> records = cluster.records(topic, 2);
        assertThat(records).hasSize(2); // the second poll found both items seen: nothing more published
        ObjectMapper json = new ObjectMapper();
        List<String> titles = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            JsonNode a = json.readTree(r.value());
            titles.add(a.path("title").asText());
            assertThat(a.path("text").asText()).startsWith("Die Stadtwerke Hollfelden");
            assertThat(a.path("outlet").asText()).isEqualTo("Hollfelder Bote");
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).startsWith("http://127.0.0.1/meldung-");
        }
        assertThat(titles).containsExactlyInAnyOrder("Meldung 1", "Meldung 2");
    }

    /** A clock the test moves: polling is due by the clock, not by the machine's speed. */
    private static final class MovedClock extends java.time.Clock {
        private volatile java.time.Instant now;

        MovedClock(java.time.Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
