package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;
import org.synoptic.store.StorySummary;

/**
 * A simulated week of 20 outlets, each a real HTTP server on its own loopback address, followed on a stepped clock:
 * items published over time (seeded), syndicated copies, and faults (429 with Retry-After, a hang, malformed XML, a
 * feed that turns into a web page, a permanent move). The follower is restarted halfway. Prints the figures.
 *
 * <p>Gold, from the invented items alone: each item's event is its story ({@link StoryScore}: B-cubed and exact
 * match), and three watches saved before the first poll (a person, a city and topic, a name no item carries) must
 * fire for the texts that carry their words and for nothing else ({@link AlertScore}). The keeper checks once a
 * simulated hour. Asserted: no duplicate alert and none for a story that did not change or lacks the words, the
 * silent watch silent, every event naming the person alerted; the rest is reported.
 */
class FeedWeekSimulationIT {

    static final Instant T0 = Instant.parse("2024-03-04T00:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);
    static final int OUTLETS = 20;
    static final String[] CITIES = {"Bremen", "Kassel", "Rostock", "Passau", "Trier", "Görlitz", "Lübeck", "Erfurt",
            "Ulm", "Jena", "Koblenz", "Cottbus"};
    static final String[][] TOPICS = {
            {"Hochwasser", "Pegel", "Deiche", "Feuerwehr"}, {"Streik", "Gewerkschaft", "Busfahrer", "Tarif"},
            {"Großbrand", "Lagerhalle", "Rauchwolke", "Löschzug"}, {"Stadtrat", "Haushalt", "Schulden", "Kämmerer"},
            {"Brücke", "Sanierung", "Sperrung", "Umleitung"}, {"Klinik", "Notaufnahme", "Pflegekräfte", "Betten"}};
    static final String[] PEOPLE = {"Albrecht", "Brandt", "Claußen", "Dietrich", "Ebert", "Fischer", "Gerlach", "Hoffmann",
            "Imhof", "Jansen", "Kessler", "Lorenz", "Maurer", "Neumann", "Oswald", "Petersen", "Quast", "Reinholz",
            "Seidel", "Timm", "Ulrich", "Vogt", "Wendt", "Zeller"};
    static final String[] PLACES = {"Hafenstraße", "Marktplatz", "Nordbahnhof", "Rathausallee", "Schlossberg", "Uferweg",
            "Lindenhof", "Gewerbepark Süd", "Domviertel", "Kanalufer", "Altstadtring", "Messegelände"};
    static final String[] ORGS = {"Stadtwerke", "Kreispolizei", "Landratsamt", "Bürgerverein", "Handwerkskammer",
            "Ordnungsamt", "Technisches Hilfswerk", "Verkehrsbetriebe", "Bezirksregierung", "Industrie- und Handelskammer",
            "Rotes Kreuz", "Wasserwirtschaftsamt", "Gesundheitsamt", "Mieterbund"};
    static final String[] WITNESSES = {"Hartmann", "Kowalski", "Demir", "Lindner", "Brückner", "Yıldız", "Sommerfeld",
            "Olbrich", "Kaminski", "Wagenknecht", "Pfeiffer", "Rautenberg", "Schiller", "Nowak", "Engelhardt", "Büttner",
            "Grothe", "Husemann", "Aydın", "Lemke"};
    static final String[] DAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    /**
     * Sentences of an event's reports after its frame (added with the gold: with the frame alone, its words outweighed
     * the event's own and the store joined the 40 events into 5 stories). Slots: 1 city, 2 topic,
     * 3 another of the topic's words, 4 place, 5 person, 6 organisation, 7 witness, 8 a count, 9 a weekday.
     */
    static final String[] SENTENCES = {
            "%5$s sprach von einer ernsten Lage rund um %3$s.",
            "Nach Angaben der %6$s sind am %4$s %8$d Menschen betroffen.",
            "%7$s, Anwohner am %4$s, berichtete, %3$s halte die Nachbarschaft seit %9$s in Atem.",
            "%6$s und %5$s wollen am %9$s in %1$s über %3$s beraten.",
            "Bis %9$s soll am %4$s Klarheit herrschen, sagte %7$s der Zeitung.",
            "%5$s dankte der %6$s für die Hilfe am %4$s."};
    static final String[] FRAMES = {
            "In %1$s sorgt %2$s am %4$s für Aufsehen. %5$s sprach von einer ernsten Lage rund um %3$s.",
            "%1$s: %2$s am %4$s beschäftigt die Stadt. %5$s kündigte an, sich um %3$s zu kümmern.",
            "%2$s in %1$s: Am %4$s verweist %5$s auf %3$s und bittet um Geduld."};

    /** One published item with its gold event. */
    record Published(int outlet, FeedXml.Item item, int event) {
    }

    @TempDir
    Path tempDir;

    @Test
    void aWeekOfTwentyOutlets() throws Exception {
        // Design decision: in memory (/dev/shm) where there is one: the figures are about polling, and each poll's
        // fsyncs (the feed's state, the store's commit) would otherwise make the week last minutes on a slow disk.
        Path shm = Path.of("/dev/shm");
        Path dir = java.nio.file.Files.isDirectory(shm) && java.nio.file.Files.isWritable(shm)
                ? java.nio.file.Files.createTempDirectory(shm, "synoptic-week") : tempDir;
        Random random = new Random(16);
        SteppedClock clock = new SteppedClock(T0);
        // events: a city, a topic and a start time; each lives about a day
        int events = 40;
        int[][] eventDef = new int[events][2];
        Instant[] eventStart = new Instant[events];
        for (int e = 0; e < events; e++) {
            eventDef[e] = new int[] {random.nextInt(CITIES.length), random.nextInt(TOPICS.length)};
            eventStart[e] = T0.plus(Duration.ofMinutes(random.nextInt((int) WEEK.toMinutes() - 24 * 60)));
        }
        // each event's own organisation, witness, count and weekday, and the choice of sentences: another seed, so the
        // publication times (and so the polling figures) are those of the first version of this simulation
        Random textRandom = new Random(1616);
        int[] eventOrg = new int[events];
        int[] eventWitness = new int[events];
        int[] eventCount = new int[events];
        int[] eventDay = new int[events];
        for (int e = 0; e < events; e++) {
            eventOrg[e] = textRandom.nextInt(ORGS.length);
            eventWitness[e] = textRandom.nextInt(WITNESSES.length);
            eventCount[e] = 12 + textRandom.nextInt(480);
            eventDay[e] = textRandom.nextInt(DAYS.length);
        }
        long[] meanGapMinutes = {30, 45, 60, 90, 120, 180, 240, 360, 480, 720};
        List<Published> published = new ArrayList<>();
        for (int o = 0; o < OUTLETS; o++) {
            long gap = meanGapMinutes[o % meanGapMinutes.length];
            Instant t = T0;
            int k = 0;
            while (true) {
                t = t.plus(Duration.ofMinutes(1 + (long) (-Math.log(1 - random.nextDouble()) * gap)));
                if (!t.isBefore(T0.plus(WEEK).minus(Duration.ofHours(12)))) { // the last half day is for catching up
                    break;
                }
                Instant at = t;
                List<Integer> live = new ArrayList<>();
                for (int e = 0; e < events; e++) {
                    if (!at.isBefore(eventStart[e]) && at.isBefore(eventStart[e].plus(Duration.ofDays(1)))) {
                        live.add(e);
                    }
                }
                if (live.isEmpty()) {
                    continue;
                }
                int event = live.get(random.nextInt(live.size()));
                k++;
                // a syndicated copy: an agency text another outlet already ran on this event, word for word
                Published copyOf = null;
                if (random.nextDouble() < 0.15) {
                    for (int i = published.size() - 1; i >= 0; i--) {
                        Published p = published.get(i);
                        if (p.event() == event && p.outlet() != o) {
                            copyOf = p;
                            break;
                        }
                    }
                }
                String title;
                String text;
                if (copyOf != null) {
                    title = copyOf.item().title();
                    text = copyOf.item().text();
                } else {
                    String city = CITIES[eventDef[event][0]];
                    String[] topic = TOPICS[eventDef[event][1]];
                    String person = PEOPLE[event % PEOPLE.length] + (event >= PEOPLE.length ? "-" + CITIES[eventDef[event][0]] : "");
                    String place = PLACES[event % PLACES.length];
                    title = topic[0] + " in " + city + ": " + person + " zu " + topic[1 + random.nextInt(3)] + " (" + k + ")";
                    int frame = random.nextInt(FRAMES.length); // drawn as before, so the week's timing stays as it was
                    String word = topic[1 + random.nextInt(3)];
                    text = eventText(city, topic[0], word, place, person, ORGS[eventOrg[event]], WITNESSES[eventWitness[event]],
                            eventCount[event], DAYS[eventDay[event]], frame, textRandom);
                }
                published.add(new Published(o, new FeedXml.Item("o" + o + "-" + k, "https://outlet" + o + ".example/a/" + k,
                        title, text, at), event));
            }
        }
        published.sort(java.util.Comparator.comparing(p -> p.item().published()));

        List<FeedServer> servers = new ArrayList<>();
        Map<Integer, String> urls = new HashMap<>();
        for (int o = 0; o < OUTLETS; o++) {
            FeedServer server = new FeedServer("127.0.0." + (20 + o));
            servers.add(server);
            int outlet = o;
            java.util.function.Supplier<String> doc = () -> {
                Instant now = clock.instant();
                List<FeedXml.Item> items = published.stream().filter(p -> p.outlet() == outlet && !p.item().published().isAfter(now))
                        .map(Published::item).toList();
                items = new ArrayList<>(items.subList(Math.max(0, items.size() - 20), items.size()));
                java.util.Collections.reverse(items);
                return FeedXml.rss("Outlet " + outlet, items);
            };
            String path = "/feed.xml";
            if (o == 3 || o == 8) {
                server.plainFeed(path, doc); // no validators: the content hash must do
            } else {
                server.feed(path, doc);
            }
            if (o == 5) {
                server.robots("User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n");
            }
            if (o == 15) { // moved permanently on day 1
                server.feed("/new-feed.xml", doc);
                FeedServer.Behaviour feed = routeOf(server, path);
                server.route(path, ex -> {
                    if (clock.instant().isAfter(T0.plus(Duration.ofDays(1)))) {
                        ex.getResponseHeaders().set("Location", "/new-feed.xml");
                        ex.sendResponseHeaders(301, -1);
                    } else {
                        feed.answer(ex);
                    }
                });
            }
            if (o >= 16) {
                FeedServer.Behaviour feed = routeOf(server, path);
                server.route(path, ex -> {
                    Instant now = clock.instant();
                    Duration since = Duration.between(T0, now);
                    if (outlet == 16 && since.compareTo(Duration.ofDays(4)) > 0 && since.compareTo(Duration.ofDays(4).plusHours(2)) < 0) {
                        FeedServer.send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item>".getBytes(StandardCharsets.UTF_8));
                    } else if (outlet == 17 && since.compareTo(Duration.ofDays(2)) > 0 && since.compareTo(Duration.ofDays(2).plusHours(6)) < 0) {
                        ex.getResponseHeaders().set("Retry-After", "1800");
                        FeedServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
                    } else if (outlet == 18 && since.compareTo(Duration.ofDays(3)) > 0 && since.compareTo(Duration.ofDays(3).plusHours(3)) < 0) {
                        ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                        ex.sendResponseHeaders(200, 0);
                        try {
                            Thread.sleep(3000); // longer than the fetch timeout
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    } else if (outlet == 19 && since.compareTo(Duration.ofDays(5)) > 0) {
                        FeedServer.send(ex, 200, "text/html", "<!doctype html><html><body>Unsere neue Website</body></html>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        feed.answer(ex);
                    }
                });
            }
            urls.put(o, server.url(path));
        }

        FollowerOptions options = FollowerOptions.defaults().withAllowPrivate(true).withClock(clock)
                .withFetchLimits(Duration.ofSeconds(1), 2 * 1024 * 1024).withFullText(false); // links are outlet*.example
        StoreOptions storeOptions = StoreOptions.defaults().withDebounce(Duration.ofDays(30)).withClock(clock);
        ArticleStore store = ArticleStore.open(dir, storeOptions);
        FeedFollower follower = FeedFollower.open(store, dir, options);
        for (int o = 0; o < OUTLETS; o++) {
            follower.subscribe(urls.get(o), "Sim/Outlet " + o);
        }
        // Watches, saved before the first poll. Their gold is read off the invented items below, before any alert is
        // looked at: an entity (a person of two events), a query (the city and topic of event 0), and a name that no
        // item carries, which must never fire.
        String watchedPerson = PEOPLE[1];
        String watchedQuery = TOPICS[eventDef[0][1]][0] + " " + CITIES[eventDef[0][0]];
        WatchKeeper watches = WatchKeeper.open(store, dir, clock, true, false);
        Watch personWatch = watches.add(Watch.Kind.ENTITY, watchedPerson, null);
        Watch queryWatch = watches.add(Watch.Kind.QUERY, watchedQuery, null);
        Watch silentWatch = watches.add(Watch.Kind.ENTITY, "Yilmaz", null);
        List<Fired> fired = new ArrayList<>();
        Instant nextCheck = T0.plus(Duration.ofHours(1));
        long start = System.nanoTime();
        List<FeedFollower.Counters> parts = new ArrayList<>();
        boolean restarted = false;
        Instant end = T0.plus(WEEK);
        while (clock.instant().isBefore(end)) {
            if (!restarted && clock.instant().isAfter(T0.plus(Duration.ofHours(84)))) {
                parts.add(follower.counters());
                follower.close();
                watches.close();
                store.close();
                store = ArticleStore.open(dir, storeOptions);
                follower = FeedFollower.open(store, dir, options);
                watches = WatchKeeper.open(store, dir, clock, true, false);
                assertThat(follower.feeds()).hasSize(OUTLETS);
                restarted = true;
            }
            if (follower.pollDue() == 0) {
                Instant next = follower.nextDue();
                Instant step = clock.instant().plusSeconds(1);
                clock.set(next != null && next.isAfter(step) ? (next.isAfter(end) ? end : next) : step);
            }
            if (!clock.instant().isBefore(nextCheck)) { // the keeper's check, once a simulated hour
                check(watches, store, fired);
                nextCheck = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
            }
        }
        check(watches, store, fired);
        parts.add(follower.counters());
        double seconds = (System.nanoTime() - start) / 1e9;

        // gold: what was published and reachable (outlet 19 turned into a web page on day 5)
        Instant cut19 = T0.plus(Duration.ofDays(5));
        Set<String> goldTexts = new HashSet<>();
        Map<String, Integer> eventOfText = new HashMap<>();
        int publishedItems = 0;
        int copies = 0;
        Set<String> seenTexts = new HashSet<>();
        for (Published p : published) {
            if (p.outlet() == 19 && p.item().published().isAfter(cut19.minus(Duration.ofMinutes(1)))) {
                continue;
            }
            publishedItems++;
            String key = p.item().title() + "\n" + p.item().text();
            if (!seenTexts.add(key)) {
                copies++;
            }
            goldTexts.add(key);
            eventOfText.put(key, p.event());
        }
        List<Article> stored = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Long> arrival = new HashMap<>();
        for (StorySummary s : store.stories()) {
            for (String id : s.articleIds()) {
                org.synoptic.store.StoredArticle sa = store.article(id).orElseThrow();
                stored.add(sa.article());
                storyOf.put(id, s.id());
                arrival.put(id, sa.seq());
            }
        }
        Set<String> storedTexts = new HashSet<>();
        Set<String> storedUrls = new HashSet<>();
        for (Article a : stored) {
            storedTexts.add(a.title() + "\n" + a.text());
            storedUrls.add(a.url());
        }
        long polls = parts.stream().mapToLong(FeedFollower.Counters::polls).sum();
        long notModified = parts.stream().mapToLong(FeedFollower.Counters::notModified).sum();
        long errors = parts.stream().mapToLong(FeedFollower.Counters::errors).sum();
        long duplicates = parts.stream().mapToLong(FeedFollower.Counters::duplicates).sum();
        long http304 = servers.stream().mapToLong(s -> s.hits().stream().filter(h -> h.status() == 304).count()).sum();
        long requests = servers.stream().mapToLong(s -> s.hits().size()).sum();
        long robots = servers.stream().mapToLong(s -> s.count("/robots.txt")).sum();
        // pairwise story quality against the gold events, over stored articles
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < stored.size(); i++) {
            for (int j = i + 1; j < stored.size(); j++) {
                Integer ei = eventOfText.get(stored.get(i).title() + "\n" + stored.get(i).text());
                Integer ej = eventOfText.get(stored.get(j).title() + "\n" + stored.get(j).text());
                boolean gold = ei != null && ei.equals(ej);
                boolean same = storyOf.get(stored.get(i).id()).equals(storyOf.get(stored.get(j).id()));
                if (gold && same) {
                    tp++;
                } else if (same) {
                    fp++;
                } else if (gold) {
                    fn++;
                }
            }
        }
        Set<Integer> goldEvents = new HashSet<>(eventOfText.values());
        System.out.printf("WEEK SIMULATION: %d outlets, %d items published (%d reachable, %d syndicated copies, %d unique texts), "
                        + "%d stored, %d recognised as already stored, %d requests to the servers (%d feed polls, %d robots.txt), "
                        + "%d answered 304 (%.1f%% of polls), %d not modified incl. unchanged bodies (%.1f%%), %d errors; "
                        + "%d stories for %d gold events, pairwise precision %.3f recall %.3f; %.1f s wall time%n",
                OUTLETS, published.size(), publishedItems, copies, goldTexts.size(), stored.size(), duplicates, requests,
                polls, robots, http304, 100.0 * http304 / polls, notModified, 100.0 * notModified / polls, errors,
                store.storyCount(), goldEvents.size(), tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), seconds);
        StoryScore stories = StoryScore.of(stored, storyOf, eventOfText);
        System.out.printf("STORY GOLD: %d gold events with stored items, %d stories; B-cubed precision %.3f recall %.3f F1 %.3f; "
                        + "exact match %d of %d events (%.3f): their stored items are one story holding nothing else%n",
                stories.events(), stories.stories(), stories.precision(), stories.recall(), stories.f1(), stories.exact(),
                stories.events(), stories.exact() / (double) Math.max(1, stories.events()));
        // the batch clusterer on the same articles in arrival order, to tell the store's streaming from the clustering
        List<Article> inArrival = new ArrayList<>(stored);
        inArrival.sort(java.util.Comparator.comparing(a -> arrival.get(a.id())));
        Map<String, String> batchStoryOf = new HashMap<>();
        for (org.synoptic.cluster.Story st : org.synoptic.cluster.StoryClusterer.builder().build().cluster(inArrival)) {
            st.articleIds().forEach(id -> batchStoryOf.put(id, st.id()));
        }
        StoryScore batch = StoryScore.of(stored, batchStoryOf, eventOfText);
        System.out.printf("STORY GOLD, batch StoryClusterer on the same articles: %d stories; B-cubed precision %.3f recall %.3f "
                + "F1 %.3f; exact match %d of %d%n", batch.stories(), batch.precision(), batch.recall(), batch.f1(), batch.exact(),
                batch.events());
        Map<Watch, java.util.function.Predicate<String>> mentions = Map.of(
                personWatch, text -> java.util.regex.Pattern.compile("\\b" + watchedPerson + "\\b").matcher(text).find(),
                queryWatch, text -> java.util.Arrays.stream(watchedQuery.split(" "))
                        .allMatch(w -> java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(text).find()),
                silentWatch, text -> text.contains("Yilmaz"));
        Map<String, String> textOfId = new HashMap<>();
        stored.forEach(a -> textOfId.put(a.id(), a.title() + "\n" + a.text()));
        List<AlertScore> alertScores = new ArrayList<>();
        for (Watch w : List.of(personWatch, queryWatch, silentWatch)) {
            AlertScore a = AlertScore.of(w, fired, goldTexts, mentions.get(w), textOfId, eventOfText);
            alertScores.add(a);
            System.out.printf("ALERT GOLD %-7s %-22s gold: %d items of %d events; fired %d alerts: %d right, %d for a story "
                            + "without the watched words, %d with no new report since the watch's last alert on it; "
                            + "precision %.3f (by the gold stories, a new report with the words: %d, %.3f); items announced %d of %d (recall %.3f), events alerted %d of %d%n",
                    w.kind().apiName(), "\"" + w.value() + "\"", a.goldItems(), a.goldEvents(), a.fired(), a.right(),
                    a.unrelated(), a.unchanged(), a.right() / (double) Math.max(1, a.fired()), a.rightByGold(),
                    a.rightByGold() / (double) Math.max(1, a.fired()), a.announced(), a.goldItems(),
                    a.announced() / (double) Math.max(1, a.goldItems()), a.eventsAlerted(), a.goldEvents());
        }
        for (FollowedFeed f : follower.feeds()) {
            System.out.printf("  %-28s polls %4d total %4d interval %6ds last %-12s failures %d error %s%n",
                    f.subscription().label(), f.state().polls(), f.state().totalItems(), f.state().interval().toSeconds(),
                    f.state().lastStatus(), f.state().failures(), f.state().lastError());
        }

        assertThat(storedTexts).as("no text stored twice").hasSize(stored.size());
        assertThat(storedUrls).as("no URL stored twice").hasSize(stored.size());
        Set<String> missing = new HashSet<>(goldTexts);
        missing.removeAll(storedTexts);
        assertThat(missing).as("every reachable published text stored").isEmpty();
        assertThat(stored).hasSize(goldTexts.size());
        FollowedFeed moved = follower.feeds().stream().filter(f -> "Sim/Outlet 15".equals(f.subscription().label())).findFirst().orElseThrow();
        assertThat(moved.subscription().url()).endsWith("/new-feed.xml");
        FollowedFeed html = follower.feeds().stream().filter(f -> "Sim/Outlet 19".equals(f.subscription().label())).findFirst().orElseThrow();
        assertThat(html.state().lastError()).contains("web page");
        assertThat(html.state().flagged(clock.instant())).as("failing for two days").isTrue();
        assertThat(http304).isPositive();
        for (AlertScore a : alertScores) {
            assertThat(a.unchanged()).as("alerts of " + a.watch() + " for a story with no new report (duplicates)").isZero();
            assertThat(a.unrelated()).as("alerts of " + a.watch() + " for a story without the watched words").isZero();
        }
        assertThat(alertScores.get(0).goldEvents()).as("the person's gold is not empty").isPositive();
        assertThat(alertScores.get(2).fired()).as("a name no item carries never fires").isZero();
        assertThat(alertScores.get(0).eventsAlerted()).as("every event naming the person alerted")
                .isEqualTo(alertScores.get(0).goldEvents());
        follower.close();
        watches.close();
        store.close();
        servers.forEach(FeedServer::close);
        if (!dir.equals(tempDir)) {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A report's text: the frame's opening sentence, then three more of {@link #SENTENCES} in a random order, all with
     * the event's own words.
     */
    static String eventText(String city, String topic, String word, String place, String person, String org,
                            String witness, int count, String day, int frame, Random random) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        java.util.Collections.shuffle(order, random);
        StringBuilder text = new StringBuilder(String.format(FRAMES[frame], city, topic, word, place, person));
        for (int i = 0; i < 3; i++) {
            text.append(' ').append(String.format(SENTENCES[order.get(i)], city, topic, word, place, person, org, witness,
                    count, day));
        }
        return text.toString();
    }

    /** An alert with the story's articles when it fired. */
    record Fired(Alert alert, Set<String> articles) {
    }

    private static void check(WatchKeeper watches, ArticleStore store, List<Fired> fired) throws java.io.IOException {
        for (Alert a : watches.check()) {
            fired.add(new Fired(a, new HashSet<>(store.story(a.storyId()).orElseThrow().articleIds())));
        }
    }

    /**
     * Stories against the gold events, over the stored articles: B-cubed precision and recall (per article, the share
     * of its story that is of its event, and of its event that is in its story; averaged), and exact matches (events
     * whose stored articles are one story that holds nothing else).
     */
    record StoryScore(int events, int stories, double precision, double recall, int exact) {

        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        static StoryScore of(List<Article> stored, Map<String, String> storyOf, Map<String, Integer> eventOfText) {
            Map<String, List<Integer>> byStory = new HashMap<>();
            Map<Integer, List<String>> byEvent = new HashMap<>();
            Map<String, Integer> eventOf = new HashMap<>();
            for (Article a : stored) {
                int e = eventOfText.get(a.title() + "\n" + a.text());
                eventOf.put(a.id(), e);
                byStory.computeIfAbsent(storyOf.get(a.id()), k -> new ArrayList<>()).add(e);
                byEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(storyOf.get(a.id()));
            }
            double p = 0;
            double r = 0;
            for (Article a : stored) {
                int e = eventOf.get(a.id());
                String story = storyOf.get(a.id());
                p += byStory.get(story).stream().filter(x -> x == e).count() / (double) byStory.get(story).size();
                r += byEvent.get(e).stream().filter(story::equals).count() / (double) byEvent.get(e).size();
            }
            int exact = 0;
            for (Map.Entry<Integer, List<String>> e : byEvent.entrySet()) {
                Set<String> storiesOfEvent = new HashSet<>(e.getValue());
                if (storiesOfEvent.size() == 1 && byStory.get(storiesOfEvent.iterator().next()).stream().allMatch(e.getKey()::equals)) {
                    exact++;
                }
            }
            int n = Math.max(1, stored.size());
            return new StoryScore(byEvent.size(), byStory.size(), p / n, r / n, exact);
        }
    }

    /**
     * One watch's alerts against its gold. Gold, from the invented items alone: the reachable texts that carry the
     * watched words, and their events. An alert is right when its story, as it stood then, holds such a text and
     * gained a report since the watch's previous alert on that story (or had none); it is wrong for a story without
     * the words ({@code unrelated}) or with no new report ({@code unchanged}: a duplicate, or a story that did not
     * change). Stricter, by the gold stories: {@code rightByGold} counts the right alerts whose new reports include a
     * text with the words, so an alert only because unrelated reports joined an over-merged story does not count. A gold text is announced by the first alert whose story holds it; an event is alerted when one of its
     * texts is.
     */
    record AlertScore(String watch, int goldItems, int goldEvents, int fired, int right, int rightByGold, int unrelated,
                      int unchanged, int announced, int eventsAlerted) {

        static AlertScore of(Watch w, List<Fired> all, Set<String> goldTexts, java.util.function.Predicate<String> mentions,
                             Map<String, String> textOfId, Map<String, Integer> eventOfText) {
            Set<String> gold = new HashSet<>();
            Set<Integer> goldEvents = new HashSet<>();
            for (String t : goldTexts) {
                if (mentions.test(t)) {
                    gold.add(t);
                    goldEvents.add(eventOfText.get(t));
                }
            }
            Map<String, Set<String>> lastAlerted = new HashMap<>();
            Set<String> announced = new HashSet<>();
            int fired = 0;
            int right = 0;
            int rightByGold = 0;
            int unrelated = 0;
            int unchanged = 0;
            for (Fired f : all) {
                if (!f.alert().watchId().equals(w.id())) {
                    continue;
                }
                fired++;
                Set<String> before = lastAlerted.getOrDefault(f.alert().storyId(), Set.of());
                boolean grew = !before.containsAll(f.articles());
                boolean related = f.articles().stream().map(textOfId::get).anyMatch(t -> t != null && gold.contains(t));
                if (!related) {
                    unrelated++;
                } else if (!grew) {
                    unchanged++;
                } else {
                    right++;
                    if (f.articles().stream().filter(id -> !before.contains(id)).map(textOfId::get)
                            .anyMatch(t -> t != null && gold.contains(t))) {
                        rightByGold++;
                    }
                }
                lastAlerted.put(f.alert().storyId(), f.articles());
                f.articles().stream().map(textOfId::get).filter(t -> t != null && gold.contains(t)).forEach(announced::add);
            }
            Set<Integer> eventsAlerted = new HashSet<>();
            announced.forEach(t -> eventsAlerted.add(eventOfText.get(t)));
            return new AlertScore(w.kind().apiName() + " " + w.value(), gold.size(), goldEvents.size(), fired, right,
                    rightByGold, unrelated, unchanged, announced.size(), eventsAlerted.size());
        }
    }

    private static FeedServer.Behaviour routeOf(FeedServer server, String path) {
        return server.routeFor(path);
    }
}
