package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StorySummary;

/**
 * kill -9 of a process that is polling 20 feeds of 50 items into its store, then a restart: no item lost, none stored
 * twice, the subscriptions and the polls made before the kill kept.
 */
class FeedKillIT {

    static final int FEEDS = 20;
    static final int ITEMS = 50;

    @TempDir
    Path dir;

    @Test
    void killedWhilePollingThenRestarted() throws Exception {
        Instant t0 = Instant.parse("2024-03-04T08:00:00Z");
        List<FeedServer> servers = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int f = 0; f < FEEDS; f++) {
            FeedServer s = new FeedServer("127.0.0." + (60 + f));
            List<FeedXml.Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(new FeedXml.Item("k" + f + "-" + i, "https://kill" + f + ".example/" + i, "Bericht " + f + "-" + i,
                        "Die Redaktion " + f + " meldet Vorgang " + i + ": Der Ausschuss " + (f * 100 + i) + " tagte "
                                + (i + 1) + " Stunden im Rathaus von Ort " + f + ".", t0.minusSeconds(600L * i)));
            }
            String doc = FeedXml.rss("Kill " + f, items);
            s.feed("/feed.xml", () -> doc);
            servers.add(s);
            list.append(s.url("/feed.xml")).append('\n');
        }
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, list);
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FeedFollowMain.class.getName(), store.toString(), feeds.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long atKill = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
                if (line.startsWith("polled ")) {
                    long n = Long.parseLong(line.substring(7));
                    if (n >= 3) { // some feeds recorded, most not yet
                        atKill = n;
                        break;
                    }
                }
            }
            assertThat(child.isAlive()).as("still polling when killed").isTrue();
            child.destroyForcibly(); // SIGKILL on POSIX
            child.waitFor();
        }
        assertThat(atKill).as("some feeds polled before the kill").isBetween(3L, FEEDS - 1L);

        SteppedClock clock = new SteppedClock(Instant.now().plus(Duration.ofDays(1))); // every feed due again
        long afterKill;
        long duplicates;
        int polledBefore;
        Set<String> urls = new HashSet<>();
        int articles;
        try (ArticleStore s = ArticleStore.open(store, FeedFollowMain.storeOptions())) {
            afterKill = s.articleCount();
            FeedFollower follower = FeedFollower.open(s, store, FeedFollowMain.options().withClock(clock));
            assertThat(follower.feeds()).as("subscriptions survive").hasSize(FEEDS);
            polledBefore = (int) follower.feeds().stream().filter(f -> f.state().polls() > 0).count();
            Instant restart = clock.instant();
            while (follower.feeds().stream().anyMatch(f -> f.state().lastPoll() == null || f.state().lastPoll().isBefore(restart))) {
                follower.pollDue();
                clock.advance(Duration.ofSeconds(1));
            }
            duplicates = follower.counters().duplicates();
            follower.close();
            articles = (int) s.articleCount();
            for (StorySummary st : s.stories()) {
                for (String id : st.articleIds()) {
                    Article a = s.article(id).orElseThrow().article();
                    urls.add(a.url());
                }
            }
        } finally {
            servers.forEach(FeedServer::close);
        }
        System.out.printf("FEED KILL: killed when the child had recorded %d polls; %d articles in the store after the kill, "
                        + "%d of %d feeds had their poll recorded; after the restart %d articles (%d distinct URLs), "
                        + "%d items recognised as already stored%n",
                atKill, afterKill, polledBefore, FEEDS, articles, urls.size(), duplicates);
        assertThat(articles).as("nothing lost").isEqualTo(FEEDS * ITEMS);
        assertThat(urls).as("nothing stored twice").hasSize(FEEDS * ITEMS);
        assertThat(polledBefore).as("recorded polls survive").isGreaterThanOrEqualTo((int) atKill);
        assertThat(afterKill).as("the recorded polls' items were acknowledged").isGreaterThanOrEqualTo((long) polledBefore * ITEMS);
        assertThat(duplicates).as("only items of polls whose state was not written are read again")
                .isEqualTo(afterKill - (long) polledBefore * ITEMS);
    }
}
