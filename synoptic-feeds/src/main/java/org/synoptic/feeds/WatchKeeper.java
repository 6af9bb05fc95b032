package org.synoptic.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.synoptic.digest.ChangeDetector;
import org.synoptic.digest.StoryChanges;
import org.synoptic.digest.StoryDigest;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.SearchRequest;
import org.synoptic.store.SearchResult;
import org.synoptic.store.StorySummary;
import org.synoptic.store.VersionedDigest;

/**
 * Keeps the watches of one store and fires their alerts ("what changed since you last looked").
 *
 * <p>{@link #check()} (every 10 s once {@link #start()}ed) looks, for each watch, at the stories that match it: the
 * watched story; the stories with an article matching the query; for an entity, the stories with an article that
 * matches the name as a phrase, carries it as its digest's canonical entity name, or mentions it in another spelling
 * ({@link EntityMentions}: one key fold for "Selenskyj", "Zelensky", "Selenski", as cross-lingual linking uses, and
 * the digest's merged variants), so "Schoigu" also finds the stories that spell him "Shoigu", digest or not. A watch fires when a story
 * matches that did not before, or when a matching story gained reports or independent sources; with
 * {@code diffDigests}, a story of two or more reports is also compared with its digest at the last check
 * ({@link ChangeDetector}: new facts, changed counts of support, new disagreements) and new quotes. The first check
 * of a new watch only takes note of what already matches. Each alert is kept (the newest {@value #KEPT} per watch,
 * for its Atom feed) and, with a webhook, delivered signed ({@link WebhookSender}); every attempt is logged.
 *
 * <p>Watches, what each has seen, its alerts and deliveries live in {@code DIR/watches/<id>.json}; the digest of the
 * version seen at the last check is the store's ({@link ArticleStore#digestAt}, which keeps a story's earlier
 * digests), so digest changes are reported across a restart as well.
 * Thread-safe.
 */
public final class WatchKeeper implements Closeable {

    static final int KEPT = 100;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A watch with its alerts and webhook deliveries, newest last. */
    public record Watched(Watch watch, List<Alert> alerts, List<WebhookSender.Delivery> deliveries) {
    }

    private record Seen(int version, int sources) {
    }

    private static final class State {
        final Watch watch;
        final Map<String, Seen> seen = new LinkedHashMap<>();
        final List<Alert> alerts = new ArrayList<>();
        final List<WebhookSender.Delivery> deliveries = new ArrayList<>();
        boolean primed;
        long next;

        State(Watch watch) {
            this.watch = watch;
        }
    }

    private final ArticleStore store;
    private final Path dir;
    private final Clock clock;
    private final boolean diffDigests;
    private final WebhookSender webhooks;
    private final Map<String, State> watches = new ConcurrentHashMap<>();
    private final ChangeDetector changes = new ChangeDetector();
    private final EntityMentions mentions;
    private ScheduledExecutorService ticker;

    private WatchKeeper(ArticleStore store, Path storeDir, Clock clock, boolean allowPrivate, boolean diffDigests)
            throws IOException {
        this.store = store;
        this.mentions = new EntityMentions(store);
        this.dir = storeDir.resolve("watches");
        this.clock = clock;
        this.diffDigests = diffDigests;
        this.webhooks = new WebhookSender(allowPrivate, clock);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : files) {
                    State s = read(JSON.readTree(f.toFile()));
                    watches.put(s.watch.id(), s);
                }
            }
        }
    }

    /**
     * The watches of the store in {@code storeDir}.
     *
     * @param allowPrivate whether webhooks may post to private addresses
     * @param diffDigests  whether stories of two or more reports are compared digest to digest (loads the deep tier)
     */
    public static WatchKeeper open(ArticleStore store, Path storeDir, Clock clock, boolean allowPrivate,
                                   boolean diffDigests) throws IOException {
        return new WatchKeeper(store, storeDir, clock, allowPrivate, diffDigests);
    }

    /** Saves a watch; with a webhook, a fresh secret is made for it (returned once, in the watch). */
    public Watch add(Watch.Kind kind, String value, String webhook) throws IOException {
        byte[] random = new byte[6];
        SecureRandom r = new SecureRandom();
        r.nextBytes(random);
        String secret = null;
        if (webhook != null) {
            byte[] s = new byte[24];
            r.nextBytes(s);
            secret = HexFormat.of().formatHex(s);
        }
        Watch w = new Watch(HexFormat.of().formatHex(random), kind, value, webhook, secret, clock.instant());
        if (kind == Watch.Kind.STORY && store.story(w.value()).isEmpty()) {
            throw new IllegalArgumentException("no story with id " + w.value());
        }
        State s = new State(w);
        synchronized (s) {
            prime(s, mentioned(w));
            write(s);
        }
        watches.put(w.id(), s);
        return w;
    }

    /** Removes a watch with its alerts; whether there was one. */
    public boolean remove(String id) throws IOException {
        if (watches.remove(id) == null) {
            return false;
        }
        Files.deleteIfExists(dir.resolve(id + ".json"));
        return true;
    }

    /** Every watch with its alerts and deliveries, oldest watch first. */
    public List<Watched> watches() {
        List<Watched> out = new ArrayList<>();
        watches.values().stream().sorted(java.util.Comparator.comparing((State s) -> s.watch.created()).thenComparing(s -> s.watch.id()))
                .forEach(s -> out.add(snapshot(s)));
        return out;
    }

    /** One watch with its alerts and deliveries. */
    public Optional<Watched> watch(String id) {
        State s = watches.get(id);
        return s == null ? Optional.empty() : Optional.of(snapshot(s));
    }

    private static Watched snapshot(State s) {
        synchronized (s) {
            return new Watched(s.watch, List.copyOf(s.alerts), List.copyOf(s.deliveries));
        }
    }

    /** Checks every watch once; the alerts fired. */
    public List<Alert> check() throws IOException {
        List<Alert> fired = new ArrayList<>();
        Map<String, Set<String>> mentioned = mentioned(null);
        for (State s : watches.values()) {
            synchronized (s) {
                if (!s.primed) {
                    prime(s, mentioned);
                    write(s);
                    continue;
                }
                List<Alert> alerts = checkOne(s, mentioned);
                if (!alerts.isEmpty() || !s.seen.isEmpty()) {
                    write(s);
                }
                fired.addAll(alerts);
            }
        }
        return fired;
    }

    /**
     * The stories that mention the names of the entity watches, and of {@code extra} when it is one, in any spelling
     * ({@link EntityMentions}), by the names' keys.
     */
    private Map<String, Set<String>> mentioned(Watch extra) {
        Set<String> keys = new java.util.HashSet<>();
        watches.values().stream().map(st -> st.watch).filter(w -> w.kind() == Watch.Kind.ENTITY)
                .forEach(w -> keys.add(EntityMentions.keyOf(w.value())));
        if (extra != null && extra.kind() == Watch.Kind.ENTITY) {
            keys.add(EntityMentions.keyOf(extra.value()));
        }
        return mentions.update(keys);
    }

    /** Notes what already matches a new (or restarted) watch, without firing. */
    private void prime(State s, Map<String, Set<String>> mentioned) throws IOException {
        for (String storyId : matching(s.watch, mentioned)) {
            store.story(storyId).ifPresent(story -> {
                s.seen.putIfAbsent(storyId, new Seen(story.version(), story.independentSources()));
                if (diffDigests && story.articles() >= 2) {
                    store.digest(storyId); // stored for the version seen, so the next check compares against it
                }
            });
        }
        s.primed = true;
    }

    private List<Alert> checkOne(State s, Map<String, Set<String>> mentioned) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        for (String storyId : matching(s.watch, mentioned)) {
            Optional<StorySummary> found = store.story(storyId);
            if (found.isEmpty()) {
                continue;
            }
            StorySummary story = found.get();
            Seen before = s.seen.get(storyId);
            List<String> reasons = new ArrayList<>();
            if (before == null) {
                reasons.add("new story");
            } else {
                if (story.version() > before.version()) {
                    reasons.add("new reports: " + (story.version() - before.version()));
                }
                if (story.independentSources() > before.sources()) {
                    reasons.add("independent sources: " + before.sources() + " -> " + story.independentSources());
                }
                if (story.version() != before.version()) {
                    reasons.addAll(digestChanges(story, before.version()));
                }
            }
            s.seen.put(storyId, new Seen(story.version(), story.independentSources()));
            if (!reasons.isEmpty()) {
                Alert a = new Alert(s.watch.id() + "-" + (++s.next), s.watch.id(), storyId, story.headline(),
                        story.version(), clock.instant(), reasons);
                s.alerts.add(a);
                if (s.alerts.size() > KEPT) {
                    s.alerts.remove(0);
                }
                alerts.add(a);
                if (s.watch.webhook() != null) {
                    webhooks.send(s.watch, a.id(), JSON.writeValueAsBytes(alertJson(s.watch, a)), d -> logDelivery(s, d));
                }
            }
        }
        return alerts;
    }

    private void logDelivery(State s, WebhookSender.Delivery d) {
        synchronized (s) {
            s.deliveries.add(d);
            if (s.deliveries.size() > KEPT) {
                s.deliveries.remove(0);
            }
            try {
                if (watches.containsKey(s.watch.id())) {
                    write(s);
                }
            } catch (IOException e) {
                System.err.println("error: cannot write watch " + s.watch.id() + ": " + e.getMessage());
            }
        }
    }

    /**
     * What the digest diff says changed since the last check, when digests are compared: the story's stored digest
     * of the version seen then ({@link ArticleStore#digestAt}, kept across restarts) against the current one.
     */
    private List<String> digestChanges(StorySummary story, int seenVersion) {
        if (!diffDigests || story.articles() < 2) {
            return List.of();
        }
        Optional<StoryDigest> now = store.digest(story.id()).filter(v -> v.version() == story.version()).map(VersionedDigest::digest);
        Optional<StoryDigest> earlier = store.digestAt(story.id(), seenVersion).map(VersionedDigest::digest);
        if (now.isEmpty() || earlier.isEmpty()) {
            return List.of(); // not computed yet, or nothing kept of then
        }
        List<String> reasons = new ArrayList<>();
        StoryChanges c = changes.compare(earlier.get(), now.get());
        c.newFacts().forEach(f -> reasons.add("new fact: " + f));
        c.supportChanges().forEach(sc -> reasons.add("support: " + sc.fact() + " " + sc.before() + " -> " + sc.after()));
        c.newDisagreements().forEach(d -> reasons.add("new disagreement: " + d));
        c.newQuotes().forEach(q -> reasons.add("new quote: " + q));
        return reasons;
    }

    private Set<String> matching(Watch w, Map<String, Set<String>> mentioned) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        switch (w.kind()) {
            case STORY -> ids.add(w.value());
            case QUERY -> ids.addAll(store.storiesMatching(w.value(), 1000));
            case ENTITY -> {
                ids.addAll(store.storiesMatching("\"" + w.value().replace("\"", "") + "\"", 1000));
                SearchResult r = store.search(new SearchRequest(null, null, null, null, w.value(), null, null, 1, SearchRequest.MAX_SIZE));
                r.hits().forEach(h -> ids.add(h.story()));
                ids.addAll(mentioned.getOrDefault(EntityMentions.keyOf(w.value()), Set.of()));
            }
        }
        return ids;
    }

    /** An alert as JSON, as the webhook receives it and the API lists it. */
    public static ObjectNode alertJson(Watch w, Alert a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id()).put("watch", w.id()).put("kind", w.kind().apiName()).put("value", w.value())
                .put("story", a.storyId()).put("headline", a.headline()).put("version", a.version())
                .put("at", a.at().toString());
        ArrayNode reasons = n.putArray("reasons");
        a.reasons().forEach(reasons::add);
        return n;
    }

    private void write(State s) throws IOException {
        Files.createDirectories(dir);
        ObjectNode n = JSON.createObjectNode();
        Watch w = s.watch;
        n.put("id", w.id()).put("kind", w.kind().apiName()).put("value", w.value()).put("webhook", w.webhook())
                .put("secret", w.secret()).put("created", w.created().toString()).put("next", s.next);
        ObjectNode seen = n.putObject("seen");
        s.seen.forEach((k, v) -> seen.putArray(k).add(v.version()).add(v.sources()));
        ArrayNode alerts = n.putArray("alerts");
        s.alerts.forEach(a -> alerts.add(alertJson(w, a)));
        ArrayNode deliveries = n.putArray("deliveries");
        s.deliveries.forEach(d -> deliveries.addObject().put("alert", d.alertId()).put("attempt", d.attempt())
                .put("at", d.at().toString()).put("status", d.status()).put("error", d.error()));
        Path tmp = dir.resolve(w.id() + ".json.tmp");
        Files.write(tmp, JSON.writeValueAsBytes(n));
        Files.move(tmp, dir.resolve(w.id() + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static State read(JsonNode n) {
        Watch w = new Watch(n.get("id").asText(), Watch.Kind.valueOf(n.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                n.get("value").asText(), text(n, "webhook"), text(n, "secret"), Instant.parse(n.get("created").asText()));
        State s = new State(w);
        s.next = n.path("next").asLong(0);
        n.path("seen").fields().forEachRemaining(e -> s.seen.put(e.getKey(), new Seen(e.getValue().get(0).asInt(), e.getValue().get(1).asInt())));
        for (JsonNode a : n.path("alerts")) {
            List<String> reasons = new ArrayList<>();
            a.path("reasons").forEach(r -> reasons.add(r.asText()));
            s.alerts.add(new Alert(a.get("id").asText(), w.id(), a.get("story").asText(), text(a, "headline"),
                    a.path("version").asInt(), Instant.parse(a.get("at").asText()), reasons));
        }
        for (JsonNode d : n.path("deliveries")) {
            s.deliveries.add(new WebhookSender.Delivery(d.get("alert").asText(), d.get("attempt").asInt(),
                    Instant.parse(d.get("at").asText()), d.path("status").asInt(), text(d, "error")));
        }
        s.primed = true; // what it had seen is on file
        return s;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Checks every 10 s in the background. */
    public synchronized WatchKeeper start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "synoptic-watches");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleWithFixedDelay(() -> {
                try {
                    check();
                } catch (IOException | RuntimeException e) {
                    System.err.println("error: checking watches: " + e.getMessage());
                }
            }, 10, 10, TimeUnit.SECONDS);
        }
        return this;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        webhooks.close();
    }
}
