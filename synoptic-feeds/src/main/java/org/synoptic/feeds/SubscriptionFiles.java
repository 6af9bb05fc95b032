package org.synoptic.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscriptions of a store, in {@code DIR/feeds/<id>.json}: one small file per feed with its subscription, its
 * polling state and its seen items, so a poll rewrites one file. Each write goes to a temporary file that is forced
 * to disk and then moved over the old one atomically: a crash leaves the old state or the new, never half a file.
 *
 * <p>Thread-safe for different feeds; one feed's writes are serialised by the caller ({@link FeedFollower}).
 */
public final class SubscriptionFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    /** The subscription files of the store in {@code storeDir}. */
    public SubscriptionFiles(Path storeDir) {
        this.dir = storeDir.resolve("feeds");
    }

    /** The folder the files live in. */
    public Path dir() {
        return dir;
    }

    /** Every feed stored, in no particular order; an unreadable file is skipped with a warning on stderr. */
    public List<FollowedFeed> readAll() throws IOException {
        List<FollowedFeed> feeds = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return feeds;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                try {
                    feeds.add(fromJson(JSON.readTree(f.toFile())));
                } catch (IOException | RuntimeException e) {
                    System.err.println("warning: skipping unreadable feed file " + f + ": " + e.getMessage());
                }
            }
        }
        return feeds;
    }

    /** Writes {@code feed} durably, replacing its previous file. */
    public void write(FollowedFeed feed) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(feed.id() + ".json");
        Path tmp = dir.resolve(feed.id() + ".json.tmp");
        Files.write(tmp, JSON.writeValueAsBytes(toJson(feed)));
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a feed's file; no error when it is absent. */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(dir.resolve(id + ".json"));
    }

    static ObjectNode toJson(FollowedFeed feed) {
        ObjectNode n = JSON.createObjectNode();
        Subscription s = feed.subscription();
        n.put("id", s.id()).put("url", s.url()).put("label", s.label()).put("paused", s.paused())
                .put("added", s.added().toString());
        PollState p = feed.state();
        ObjectNode st = n.putObject("state");
        st.put("etag", p.etag()).put("lastModified", p.lastModified()).put("contentHash", p.contentHash())
                .put("lastPoll", str(p.lastPoll())).put("lastStatus", p.lastStatus()).put("lastHttp", p.lastHttp())
                .put("nextPoll", str(p.nextPoll())).put("lastError", p.lastError()).put("failures", p.failures())
                .put("failingSince", str(p.failingSince())).put("newItems", p.newItems())
                .put("totalItems", p.totalItems()).put("intervalSeconds", p.interval().toSeconds())
                .put("polls", p.polls()).put("title", p.title());
        ArrayNode seen = n.putArray("seen");
        feed.seen().keys().forEach(seen::add);
        return n;
    }

    static FollowedFeed fromJson(JsonNode n) {
        Subscription s = new Subscription(n.get("id").asText(), n.get("url").asText(), text(n, "label"),
                n.path("paused").asBoolean(false), Instant.parse(n.get("added").asText()));
        JsonNode st = n.get("state");
        PollState p = new PollState(text(st, "etag"), text(st, "lastModified"), text(st, "contentHash"),
                instant(st, "lastPoll"), text(st, "lastStatus"), st.path("lastHttp").asInt(0),
                instant(st, "nextPoll"), text(st, "lastError"), st.path("failures").asInt(0),
                instant(st, "failingSince"), st.path("newItems").asInt(0), st.path("totalItems").asLong(0),
                Duration.ofSeconds(st.path("intervalSeconds").asLong(1800)), st.path("polls").asLong(0),
                text(st, "title"));
        List<String> seen = new ArrayList<>();
        n.path("seen").forEach(k -> seen.add(k.asText()));
        return new FollowedFeed(s, p, new SeenItems(seen));
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : Instant.parse(t);
    }
}
