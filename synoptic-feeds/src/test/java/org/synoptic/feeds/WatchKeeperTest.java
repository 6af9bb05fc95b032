package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.ingest.ArticleParser;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.IngestResult;
import org.synoptic.store.StoreOptions;

/** Watches over a real store, with a real webhook receiver on 127.0.0.1 that checks the signatures. */
class WatchKeeperTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BRIDGE = "Der Stadtrat von Bremen hat am Montag den Neubau der Weserbrücke beschlossen. Die neue Brücke "
            + "soll 140 Millionen Euro kosten und 2029 fertig sein. Bürgermeister Andreas Bovenschulte sprach von einem "
            + "guten Tag für die Stadt. Die Opposition kritisierte die Kosten der Weserbrücke.";

    @TempDir
    Path dir;
    SteppedClock clock = new SteppedClock(Instant.parse("2024-03-04T08:00:00Z"));
    ArticleStore store;
    WatchKeeper keeper;

    @BeforeEach
    void open() throws Exception {
        store = ArticleStore.open(dir, StoreOptions.defaults().withDebounce(Duration.ofHours(1)).withClock(clock));
        keeper = WatchKeeper.open(store, dir, clock, true, false);
    }

    @AfterEach
    void close() throws Exception {
        keeper.close();
        store.close();
    }

    IngestResult ingest(String id, String outlet, String title, String text) throws Exception {
        String json = JSON.writeValueAsString(java.util.Map.of("id", id, "url", "https://" + outlet + ".example/" + id,
                "title", title, "text", text, "outlet", outlet, "published", "2024-03-04T08:00:00Z", "language", "de"));
        List<Article> articles = new ArticleParser().parse(json.getBytes(StandardCharsets.UTF_8), "application/json", id + ".json").articles();
        return store.ingest(articles);
    }

    @Test
    void aQueryWatchFiresOnANewStoryAndOnItsGrowthNotOnWhatAlreadyMatched() throws Exception {
        ingest("a1", "weserkurier", "Weserbrücke beschlossen", BRIDGE);
        Watch w = keeper.add(Watch.Kind.QUERY, "Weserbrücke", null);
        assertThat(keeper.check()).as("what matched before the watch was saved").isEmpty();

        ingest("h1", "passauer", "Hochwasser in Passau", "In Passau steigt der Pegel der Donau weiter. Die Feuerwehr verteilt Sandsäcke.");
        assertThat(keeper.check()).as("another story").isEmpty();

        String story = ingest("a2", "butenunbinnen", "Bremen baut neue Weserbrücke", BRIDGE.replace("am Montag", "am Montagabend")
                + " Der Bau beginnt im Herbst.").outcomes().get(0).storyId();
        List<Alert> alerts = keeper.check();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).storyId()).isEqualTo(story);
        assertThat(alerts.get(0).reasons()).contains("new reports: 1");
        assertThat(alerts.get(0).reasons()).anyMatch(r -> r.startsWith("independent sources: 1 -> 2"));
        assertThat(keeper.check()).as("nothing moved since").isEmpty();

        ingest("b1", "taz", "Neue Debatte um Weserbrücke", "In Hamburg wird über die Weserbrücke in Bremen gestritten: "
                + "Verkehrsplaner aus Niedersachsen fordern eine zweite Spur für Radfahrer auf der neuen Weserbrücke.");
        List<Alert> next = keeper.check();
        assertThat(next).isNotEmpty();
        assertThat(next).anyMatch(a -> a.reasons().contains("new story") || a.reasons().contains("new reports: 1"));
        assertThat(keeper.watch(w.id()).orElseThrow().alerts()).hasSize(1 + next.size());
    }

    @Test
    void webhooksAreSignedRetriedAndLogged() throws Exception {
        List<String> verified = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        String[] secret = new String[1];
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String sig = ex.getRequestHeaders().getFirst("X-Synoptic-Signature");
            if (("sha256=" + WebhookSender.hmac(secret[0], body)).equals(sig)) {
                verified.add(new String(body, StandardCharsets.UTF_8));
            }
            int status = calls.incrementAndGet() == 1 ? 500 : 204; // the first attempt fails
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        try {
            Watch w = keeper.add(Watch.Kind.QUERY, "Weserbrücke", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            secret[0] = w.secret();
            assertThat(w.secret()).hasSize(48);
            ingest("a1", "weserkurier", "Weserbrücke beschlossen", BRIDGE);
            assertThat(keeper.check()).hasSize(1);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (keeper.watch(w.id()).orElseThrow().deliveries().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<WebhookSender.Delivery> log = keeper.watch(w.id()).orElseThrow().deliveries();
            assertThat(log).extracting(WebhookSender.Delivery::attempt).containsExactly(1, 2);
            assertThat(log.get(0).error()).isEqualTo("HTTP 500");
            assertThat(log.get(1).error()).isNull();
            assertThat(log.get(1).status()).isEqualTo(204);
            assertThat(verified).hasSize(2).allSatisfy(b -> assertThat(JSON.readTree(b).get("reasons").get(0).asText()).isEqualTo("new story"));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void watchesAndAlertsSurviveARestartAndBadWatchesAreRefused() throws Exception {
        Watch w = keeper.add(Watch.Kind.ENTITY, "Bovenschulte", null);
        ingest("a1", "weserkurier", "Weserbrücke beschlossen", BRIDGE);
        assertThat(keeper.check()).hasSize(1);
        keeper.close();
        keeper = WatchKeeper.open(store, dir, clock, true, false);
        assertThat(keeper.watch(w.id()).orElseThrow().alerts()).hasSize(1);
        assertThat(keeper.check()).as("seen before the restart").isEmpty();
        assertThatThrownBy(() -> keeper.add(Watch.Kind.STORY, "no-such-story", null)).hasMessageContaining("no-such-story");
        assertThatThrownBy(() -> keeper.add(Watch.Kind.QUERY, " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(keeper.remove(w.id())).isTrue();
        assertThat(keeper.watches()).isEmpty();
    }

    /**
     * An entity watch on "Selenskyj" fires for reports that spell him "Zelensky", "Selenski" or "Zelenskyy", which
     * neither a search for the name nor a digest (none is computed here) would find, and across a restart; not for a
     * report on someone else, nor for a near name ("Selenskaja").
     */
    @Test
    void anEntityWatchFiresForOtherSpellingsOfTheName() throws Exception {
        Watch w = keeper.add(Watch.Kind.ENTITY, "Selenskyj", null);
        String paris = ingest("z1", "weltblick", "Zelensky trifft Macron in Paris",
                "Der ukrainische Präsident Wolodymyr Zelensky ist am Montag in Paris mit Emmanuel Macron zusammengetroffen. "
                        + "Beide sprachen über Luftabwehr und den Wiederaufbau der Energieversorgung.").outcomes().get(0).storyId();
        assertThat(store.storiesMatching("\"Selenskyj\"", 100)).as("the search alone misses the spelling").isEmpty();
        List<Alert> first = keeper.check();
        assertThat(first).extracting(Alert::storyId).containsExactly(paris);
        assertThat(first.get(0).reasons()).containsExactly("new story");

        ingest("h1", "passauer", "Hochwasser in Passau", "In Passau steigt der Pegel der Donau weiter. Die Feuerwehr verteilt Sandsäcke.");
        ingest("s2", "ostkurier", "Ballett in Kiew", "Die Tänzerin Olena Selenskaja hat in Kiew die Hauptrolle getanzt. "
                + "Das Publikum applaudierte lange.");
        assertThat(keeper.check()).as("another story, and a near name").isEmpty();

        String kharkiv = ingest("s1", "donaubote", "Selenski besucht Charkiw",
                "Selenski hat am Dienstag die zerstörten Stadtteile von Charkiw besucht und den Helfern gedankt. "
                        + "Die Stadt war in der Nacht erneut mit Drohnen angegriffen worden.").outcomes().get(0).storyId();
        assertThat(keeper.check()).extracting(Alert::storyId).containsExactly(kharkiv);

        keeper.close();
        keeper = WatchKeeper.open(store, dir, clock, true, false);
        assertThat(keeper.check()).as("nothing new after the restart").isEmpty();
        String address = ingest("y1", "abendecho", "Zelenskyy addresses the Bundestag",
                "President Zelenskyy addressed the Bundestag in Berlin on Thursday and asked for more air defence systems.")
                .outcomes().get(0).storyId();
        assertThat(keeper.check()).extracting(Alert::storyId).containsExactly(address);
        assertThat(keeper.watch(w.id()).orElseThrow().alerts()).hasSize(3);
    }
}
