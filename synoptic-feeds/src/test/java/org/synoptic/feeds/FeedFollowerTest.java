package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/** The follower against a real local HTTP server, on a clock the test moves. */
class FeedFollowerTest {

    static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");

    @TempDir
    Path dir;
    SteppedClock clock;
    FeedServer server;
    ArticleStore store;
    FeedFollower follower;

    @BeforeEach
    void setUp() throws Exception {
        clock = new SteppedClock(T0);
        server = new FeedServer();
        store = openStore();
        follower = FeedFollower.open(store, dir, options());
    }

    @AfterEach
    void tearDown() throws Exception {
        follower.close();
        store.close();
        server.close();
    }

    ArticleStore openStore() throws Exception {
        return ArticleStore.open(dir, StoreOptions.defaults().withDebounce(Duration.ofHours(1)).withClock(clock));
    }

    FollowerOptions options() {
        return options(Duration.ofSeconds(30));
    }

    /**
     * Design decision: a healthy local fetch gets a generous timeout, so a loaded machine never turns it into an
     * error (CI once saw a poll here end with no new item); the fault test alone uses a short one, on a server that
     * stalls on command.
     */
    FollowerOptions options(Duration fetchTimeout) {
        // the items link to example.org: no page is fetched for them (full text has its own test)
        return FollowerOptions.defaults().withAllowPrivate(true).withClock(clock)
                .withFetchLimits(fetchTimeout, 1024 * 1024).withFullText(false);
    }

    static FeedXml.Item item(int n, Instant at) {
        return new FeedXml.Item("guid-" + n, "https://example.org/news/" + n, "Meldung Nummer " + n + " aus Bremen",
                "Der Stadtrat von Bremen hat am Montag über Vorlage " + n + " beraten. Die Sitzung dauerte " + (n + 2)
                        + " Stunden, und " + (n * 3 + 1) + " Bürger verfolgten sie. Eine Entscheidung über Vorlage " + n
                        + " fällt im Mai.", at);
    }

    FollowedFeed poll(String id) throws Exception {
        follower.pollDue();
        return follower.feed(id).orElseThrow();
    }

    @Test
    void newItemsAreStoredOnceAnd304CostsNothing() throws Exception {
        List<FeedXml.Item> items = new CopyOnWriteArrayList<>(List.of(item(1, T0.minusSeconds(7200)), item(2, T0.minusSeconds(3600))));
        server.feed("/rss.xml", () -> FeedXml.rss("Weser-Bote", items));
        String id = follower.subscribe(server.url("/rss.xml"), "Lokal").feed().id();

        FollowedFeed first = poll(id);
        assertThat(first.state().lastStatus()).isEqualTo("new");
        assertThat(first.state().newItems()).isEqualTo(2);
        assertThat(store.articleCount()).isEqualTo(2);
        assertThat(first.state().etag()).isNotNull();
        // one hour between items: polled again in half an hour
        assertThat(first.state().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(first.state().nextPoll()).isEqualTo(T0.plus(Duration.ofMinutes(30)));

        assertThat(follower.pollDue()).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(30));
        FollowedFeed second = poll(id);
        assertThat(second.state().lastStatus()).isEqualTo("not-modified");
        assertThat(server.count("/rss.xml", 304)).isEqualTo(1);
        assertThat(second.state().interval()).isEqualTo(Duration.ofMinutes(30).plusMinutes(30 / 4).plusSeconds(30));

        items.add(item(3, clock.instant()));
        clock.advance(second.state().interval());
        FollowedFeed third = poll(id);
        assertThat(third.state().lastStatus()).as("last error: %s", third.state().lastError()).isEqualTo("new");
        assertThat(third.state().newItems()).isEqualTo(1);
        assertThat(store.articleCount()).isEqualTo(3);
        assertThat(third.state().totalItems()).isEqualTo(3);
        assertThat(follower.counters().polls()).isEqualTo(3);
        assertThat(follower.counters().notModified()).isEqualTo(1);
        assertThat(follower.counters().items()).isEqualTo(3);
        assertThat(server.hits()).allSatisfy(h -> assertThat(h.userAgent()).startsWith("SynopticFeedFollower/"));
    }

    @Test
    void aServerWithoutValidatorsIsRecognisedByTheContentHash() throws Exception {
        server.plainFeed("/plain.xml", () -> FeedXml.rss("Ohne", List.of(item(1, T0))));
        String id = follower.subscribe(server.url("/plain.xml"), null).feed().id();
        poll(id);
        clock.advance(Duration.ofHours(7));
        FollowedFeed again = poll(id);
        assertThat(again.state().lastStatus()).isEqualTo("unchanged");
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void rdfAndAtomAreReadAndSeenItemsAreNotStoredAgain() throws Exception {
        List<FeedXml.Item> items = List.of(item(1, T0), item(2, T0.minusSeconds(600)));
        server.plainFeed("/rdf.xml", () -> FeedXml.rdf("RDF-Quelle", items));
        server.plainFeed("/atom.xml", () -> FeedXml.atom("Atom-Quelle", List.of(item(5, T0), item(6, T0))));
        follower.subscribe(server.url("/rdf.xml"), null);
        follower.subscribe(server.url("/atom.xml"), null);
        follower.pollDue();
        clock.advance(Duration.ofSeconds(2)); // one host: the second feed waits for the pause
        follower.pollDue();
        assertThat(store.articleCount()).isEqualTo(4);
        clock.advance(Duration.ofHours(6));
        follower.pollDue();
        clock.advance(Duration.ofSeconds(2));
        follower.pollDue();
        assertThat(follower.feeds()).allSatisfy(f -> assertThat(f.state().lastStatus()).isEqualTo("unchanged"));
        assertThat(store.articleCount()).isEqualTo(4);
    }

    @Test
    void aPermanentRedirectMovesTheSubscriptionATemporaryOneDoesNot() throws Exception {
        server.plainFeed("/new.xml", () -> FeedXml.rss("Neu", List.of(item(1, T0))));
        server.redirect("/old.xml", 301, "/new.xml");
        server.redirect("/temp.xml", 302, "/new.xml");
        String moved = follower.subscribe(server.url("/old.xml"), null).feed().id();
        String temp = follower.subscribe(server.url("/temp.xml"), null).feed().id();
        follower.pollDue();
        clock.advance(Duration.ofMinutes(10));
        follower.pollDue();
        assertThat(follower.feed(moved).orElseThrow().subscription().url()).isEqualTo(server.url("/new.xml"));
        assertThat(follower.feed(moved).orElseThrow().id()).isEqualTo(moved);
        assertThat(follower.feed(temp).orElseThrow().subscription().url()).isEqualTo(server.url("/temp.xml"));
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void retryAfterIsHonouredAndErrorsBackOffExponentially() throws Exception {
        server.status("/busy.xml", 429, "3600");
        server.status("/gone.xml", 500, null);
        String busy = follower.subscribe(server.url("/busy.xml"), null).feed().id();
        follower.pollDue();
        String gone = follower.subscribe(server.url("/gone.xml"), null).feed().id();
        assertThat(follower.feed(busy).orElseThrow().state().nextPoll()).isEqualTo(T0.plusSeconds(3600));
        assertThat(follower.feed(busy).orElseThrow().state().lastStatus()).isEqualTo("retry-later");
        follower.unsubscribe(busy);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            FollowedFeed f = follower.feed(gone).orElseThrow();
            clock.set(f.state().nextPoll().plusSeconds(2)); // past the host's pause after the last request
            Instant before = clock.instant();
            f = poll(gone);
            waits.add(Duration.between(before, f.state().nextPoll()));
        }
        // pollMin 5 min × 2^failures, never below the interval (30 min at first), at most pollMax (6 h)
        assertThat(waits).containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(40),
                Duration.ofMinutes(80), Duration.ofMinutes(160), Duration.ofMinutes(320), Duration.ofHours(6));
        FollowedFeed g = follower.feed(gone).orElseThrow();
        assertThat(g.state().failures()).isEqualTo(7);
        assertThat(g.state().lastError()).isEqualTo("HTTP 500");
        assertThat(g.state().flagged(clock.instant())).isFalse();
        assertThat(g.state().flagged(g.state().failingSince().plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void robotsTxtIsObeyed() throws Exception {
        server.robots("User-agent: *\nDisallow: /private/\n");
        server.plainFeed("/private/feed.xml", () -> FeedXml.rss("Geheim", List.of(item(1, T0))));
        server.plainFeed("/public.xml", () -> FeedXml.rss("Offen", List.of(item(2, T0))));
        String priv = follower.subscribe(server.url("/private/feed.xml"), null).feed().id();
        follower.subscribe(server.url("/public.xml"), null);
        for (int i = 0; i < 3; i++) {
            follower.pollDue();
            clock.advance(Duration.ofSeconds(3));
        }
        assertThat(server.count("/private/feed.xml")).isZero();
        assertThat(server.count("/public.xml")).isEqualTo(1);
        assertThat(server.count("/robots.txt")).isEqualTo(1);
        assertThat(follower.feed(priv).orElseThrow().state().lastStatus()).isEqualTo("robots-disallowed");
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void oneRequestAtATimePerHostWithAPause() throws Exception {
        server.plainFeed("/a.xml", () -> FeedXml.rss("A", List.of(item(1, T0))));
        server.plainFeed("/b.xml", () -> FeedXml.rss("B", List.of(item(2, T0))));
        follower.subscribe(server.url("/a.xml"), null);
        follower.subscribe(server.url("/b.xml"), null);
        assertThat(follower.pollDue()).isEqualTo(1);
        assertThat(follower.pollDue()).as("the host's 2 s pause is not over").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(follower.pollDue()).isEqualTo(1);
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void privateAddressesAreRefusedWithoutAllowPrivate() throws Exception {
        server.plainFeed("/rss.xml", () -> FeedXml.rss("Lokal", List.of(item(1, T0))));
        follower.close();
        follower = FeedFollower.open(store, dir, options().withAllowPrivate(false));
        String id = follower.subscribe(server.url("/rss.xml"), null).feed().id();
        FollowedFeed f = poll(id);
        assertThat(f.state().lastError()).contains("refused to fetch from a private, loopback or link-local address");
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void eachFaultEndsAsAnErrorOnItsFeedAloneWithinTheTimeout() throws Exception {
        FeedServer other = new FeedServer("127.0.0.2");
        follower.close();
        follower = FeedFollower.open(store, dir, options(Duration.ofSeconds(2)));
        try {
            server.stall("/hang.xml");
            server.endless("/huge.xml", 50L * 1024 * 1024);
            server.redirect("/loop.xml", 302, "/loop.xml");
            server.page("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item><title>x</item></rss>");
            server.page("/html.xml", "text/html", "<!doctype html><html><body><p>Jetzt mit neuer Website!</p></body></html>");
            other.plainFeed("/good.xml", () -> FeedXml.rss("Gut", List.of(item(1, T0))));
            for (String p : List.of("/hang.xml", "/huge.xml", "/loop.xml", "/broken.xml", "/html.xml")) {
                follower.subscribe(server.url(p), null);
            }
            String good = follower.subscribe(other.url("/good.xml"), null).feed().id();
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                follower.pollDue();
                clock.advance(Duration.ofSeconds(2));
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(seconds).as("bounded by the 2 s fetch timeout per fault").isLessThan(60);
            assertThat(follower.feed(good).orElseThrow().state().lastStatus()).isEqualTo("new");
            assertThat(store.articleCount()).isEqualTo(1);
            List<String> errors = follower.feeds().stream().filter(f -> !f.id().equals(good))
                    .map(f -> f.subscription().url().replaceAll(".*/", "") + ": " + f.state().lastError()).sorted().toList();
            assertThat(errors).hasSize(5);
            assertThat(errors.get(0)).startsWith("broken.xml: malformed feed");
            assertThat(errors.get(1)).isEqualTo("hang.xml: timed out after 2000 ms");
            assertThat(errors.get(2)).isEqualTo("html.xml: not a feed: the server answered with a web page");
            assertThat(errors.get(3)).startsWith("huge.xml: too large");
            assertThat(errors.get(4)).startsWith("loop.xml: too many redirects");
            assertThat(follower.counters().errors()).isEqualTo(5);
        } finally {
            other.close();
        }
    }

    @Test
    void subscriptionsAndScheduleSurviveARestart() throws Exception {
        server.feed("/rss.xml", () -> FeedXml.rss("Weser-Bote", List.of(item(1, T0), item(2, T0.minusSeconds(3600)))));
        String id = follower.subscribe(server.url("/rss.xml"), "Lokal/Bremen").feed().id();
        String paused = follower.subscribe(server.url("/paused.xml"), null).feed().id();
        follower.setPaused(paused, true);
        FollowedFeed before = poll(id);
        follower.close();
        store.close();

        store = openStore();
        follower = FeedFollower.open(store, dir, options());
        FollowedFeed after = follower.feed(id).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(follower.feed(paused).orElseThrow().subscription().paused()).isTrue();
        assertThat(follower.pollDue()).as("resumes where it stood: nothing due yet").isZero();
        clock.set(after.state().nextPoll());
        assertThat(poll(id).state().lastStatus()).isEqualTo("not-modified");
        assertThat(server.count("/paused.xml")).isZero();
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void aCrashBetweenTheStoresAcknowledgementAndTheStateWriteStoresNothingTwice() throws Exception {
        List<FeedXml.Item> items = new CopyOnWriteArrayList<>(List.of(item(1, T0)));
        server.feed("/rss.xml", () -> FeedXml.rss("Weser-Bote", items));
        String id = follower.subscribe(server.url("/rss.xml"), null).feed().id();
        poll(id);
        Path file = dir.resolve("feeds").resolve(id + ".json");
        byte[] stateBefore = Files.readAllBytes(file);
        items.add(item(2, T0));
        items.add(item(3, T0));
        clock.advance(Duration.ofHours(1));
        poll(id);
        assertThat(store.articleCount()).isEqualTo(3);
        // the process dies after the store acknowledged items 2 and 3 but before their feed state was written
        follower.close();
        store.close();
        Files.write(file, stateBefore);

        store = openStore();
        follower = FeedFollower.open(store, dir, options());
        clock.advance(Duration.ofHours(1));
        FollowedFeed after = poll(id);
        assertThat(after.state().newItems()).as("read again").isEqualTo(2);
        assertThat(store.articleCount()).as("none stored twice, none lost").isEqualTo(3);
        assertThat(follower.counters().duplicates()).isEqualTo(2);
    }

    @Test
    void aTeaserGetsTheTextOfItsPageOnceAndAMissingPageLeavesTheTeaser() throws Exception {
        follower.close();
        follower = FeedFollower.open(store, dir, options().withFullText(true));
        String body = "Der Stadtrat von Bremen hat am Montag nach langer Debatte den Neubau der Weserbrücke beschlossen. "
                .repeat(1) + "Die Brücke soll 140 Millionen Euro kosten und im Jahr 2029 fertig sein. Bürgermeister "
                + "Andreas Bovenschulte sprach von einem guten Tag für die Stadt und ihre Pendler. Die Opposition "
                + "kritisierte die Kosten und verlangte eine Prüfung durch den Rechnungshof. Der Bau soll im Herbst "
                + "beginnen, die alte Brücke bleibt bis zur Eröffnung der neuen in Betrieb. Anwohner fürchten Lärm.";
        server.page("/story/1.html", "text/html; charset=utf-8", "<!doctype html><html><head><title>Weserbrücke</title></head>"
                + "<body><nav>Start · Politik · Sport</nav><article><h1>Weserbrücke beschlossen</h1><p>" + body
                + "</p></article><footer>Impressum</footer></body></html>");
        List<FeedXml.Item> items = List.of(
                new FeedXml.Item("t-1", server.url("/story/1.html"), "Weserbrücke beschlossen", "Bremen baut eine neue Brücke.", T0),
                new FeedXml.Item("t-2", server.url("/story/2.html"), "Hochwasser in Passau", "Die Donau steigt weiter.", T0));
        server.plainFeed("/teasers.xml", () -> FeedXml.rss("Weser-Bote", items));
        String id = follower.subscribe(server.url("/teasers.xml"), null).feed().id();
        poll(id);
        assertThat(store.articleCount()).isEqualTo(2);
        List<String> texts = new ArrayList<>();
        store.stories().forEach(st -> st.articleIds().forEach(a -> texts.add(store.article(a).orElseThrow().article().text())));
        assertThat(texts).anyMatch(t -> t.contains("140 Millionen Euro") && !t.contains("Impressum"));
        assertThat(texts).contains("Die Donau steigt weiter.");
        assertThat(follower.counters().pages()).isEqualTo(2);
        clock.advance(Duration.ofHours(7));
        poll(id);
        assertThat(server.count("/story/1.html")).as("a seen item's page is not fetched again").isEqualTo(1);
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void pausedFeedsAreNotPolledAndResumeAtOnce() throws Exception {
        server.plainFeed("/rss.xml", () -> FeedXml.rss("A", List.of(item(1, T0))));
        String id = follower.subscribe(server.url("/rss.xml"), null).feed().id();
        follower.setPaused(id, true);
        assertThat(follower.pollDue()).isZero();
        clock.advance(Duration.ofHours(1));
        follower.setPaused(id, false);
        assertThat(follower.feed(id).orElseThrow().state().nextPoll()).isEqualTo(clock.instant());
        assertThat(follower.pollDue()).isEqualTo(1);
        assertThat(follower.unsubscribe(id)).isTrue();
        assertThat(follower.feeds()).isEmpty();
        assertThat(Files.exists(dir.resolve("feeds").resolve(id + ".json"))).isFalse();
    }
}
