package org.synoptic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.FeedList;
import org.synoptic.feeds.FollowedFeed;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.PollState;
import org.synoptic.feeds.Subscription;

/**
 * The feed routes: {@code /api/feeds} (list, subscribe, pause or resume, remove), {@code /api/feeds.opml} (export,
 * import), the feeds page {@code /feeds} and the follower's Prometheus counters. Writes need the bearer token, as
 * {@code POST /api/articles} does ({@code authorise}).
 *
 * <p>The follower arrives with the store ({@code feeds} completes when it opens); a server without one (completed
 * with {@code null}) lists no feeds and answers writes with 503. Thread-safe.
 */
final class FeedRoutes {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CompletableFuture<Following> feeds;
    private final Consumer<Context> authorise;
    private final long maxBodyBytes;

    FeedRoutes(CompletableFuture<Following> feeds, Consumer<Context> authorise, long maxBodyBytes) {
        this.feeds = feeds;
        this.authorise = authorise;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The follower, waiting while the store opens; {@code null} when this server follows no feeds. */
    private FeedFollower follower() {
        Following f = following(feeds);
        return f == null ? null : f.feeds();
    }

    /** What the server follows, waiting while the store opens; {@code null} when it follows nothing. */
    static Following following(CompletableFuture<Following> feeds) {
        try {
            return feeds.get(SynopticServer.OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "the store is still opening; try again shortly");
        } catch (ExecutionException e) {
            throw new ApiException(503, "feed following failed to start: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while the store opens");
        }
    }

    private FeedFollower requireFollower() {
        FeedFollower f = follower();
        if (f == null) {
            throw new ApiException(503, "this server follows no feeds (start it with serve --store DIR)");
        }
        return f;
    }

    void list(Context ctx) {
        FeedFollower f = follower();
        Instant now = f == null ? Instant.now() : f.options().clock().instant();
        List<Map<String, Object>> out = new ArrayList<>();
        if (f != null) {
            f.feeds().forEach(feed -> out.add(feedJson(feed, now)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feeds", out);
        body.put("following", f != null);
        if (f != null) {
            body.put("pollMinSeconds", f.options().pollMin().toSeconds());
            body.put("pollMaxSeconds", f.options().pollMax().toSeconds());
        }
        json(ctx, body);
    }

    void subscribe(Context ctx) throws IOException {
        authorise.accept(ctx);
        FeedFollower f = requireFollower();
        JsonNode body = body(ctx);
        JsonNode url = body.get("url");
        if (url == null || !url.isTextual()) {
            throw ApiException.badRequest("a feed needs \"url\": a string");
        }
        JsonNode label = body.get("label");
        FeedFollower.Subscribed s = f.subscribe(url.asText(), label == null || label.isNull() ? null : label.asText());
        ctx.status(s.created() ? 201 : 200);
        json(ctx, feedJson(s.feed(), f.options().clock().instant()));
    }

    void patch(Context ctx) throws IOException {
        authorise.accept(ctx);
        FeedFollower f = requireFollower();
        String id = ctx.pathParam("id");
        JsonNode paused = body(ctx).get("paused");
        if (paused == null || !paused.isBoolean()) {
            throw ApiException.badRequest("PATCH takes {\"paused\": true|false}");
        }
        FollowedFeed feed = f.setPaused(id, paused.asBoolean()).orElseThrow(() -> ApiException.notFound("no feed with id " + id));
        json(ctx, feedJson(feed, f.options().clock().instant()));
    }

    void delete(Context ctx) throws IOException {
        authorise.accept(ctx);
        String id = ctx.pathParam("id");
        if (!requireFollower().unsubscribe(id)) {
            throw ApiException.notFound("no feed with id " + id);
        }
        ctx.status(204);
    }

    void exportOpml(Context ctx) {
        FeedFollower f = follower();
        String opml = f == null ? FeedList.toOpml(List.of()) : f.opml();
        ctx.contentType("text/x-opml; charset=utf-8").result(opml);
    }

    void importOpml(Context ctx) throws IOException {
        authorise.accept(ctx);
        FeedFollower f = requireFollower();
        List<FeedList.Entry> entries = FeedList.read(bodyBytes(ctx));
        int added = f.subscribeAll(entries);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("read", entries.size());
        body.put("added", added);
        body.put("present", entries.size() - added);
        ctx.status(added > 0 ? 201 : 200);
        json(ctx, body);
    }

    /** The feeds page: one health row per feed; a feed failing for a day or more is flagged. */
    void page(Context ctx) {
        FeedFollower f = follower();
        StringBuilder b = new StringBuilder("<h1>Feeds</h1>\n");
        if (f == null) {
            b.append("<p class=\"notice\">Dieser Server folgt keinen Feeds.</p>\n");
        } else {
            Instant now = f.options().clock().instant();
            FeedFollower.Counters c = f.counters();
            b.append("<p class=\"meta\">").append(f.feeds().size()).append(" Feeds · seit dem Start ").append(c.polls())
                    .append(" Abrufe, ").append(c.notModified()).append(" unverändert, ").append(c.errors())
                    .append(" Fehler, ").append(c.items()).append(" neue Artikel</p>\n");
            b.append("<table class=\"feeds\">\n<tr><th>Feed</th><th>Status</th><th>Letzter Abruf</th><th>Neu</th>")
                    .append("<th>Gesamt</th><th>Nächster Abruf</th><th>Fehler in Folge</th><th>Letzter Fehler</th></tr>\n");
            for (FollowedFeed feed : f.feeds()) {
                Subscription s = feed.subscription();
                PollState st = feed.state();
                boolean flagged = st.flagged(now);
                b.append("<tr id=\"feed-").append(Html.esc(s.id())).append("\"").append(flagged ? " class=\"flagged\"" : "")
                        .append("><td>").append(s.label() == null ? "" : "<span class=\"meta\">" + Html.esc(s.label()) + "</span><br>")
                        .append("<a href=\"").append(Html.esc(s.url())).append("\">").append(Html.esc(s.url())).append("</a></td><td>")
                        .append(s.paused() ? "pausiert" : Html.esc(st.lastStatus() == null ? "neu" : st.lastStatus()))
                        .append(flagged ? " <strong>⚠ seit über einem Tag fehlerhaft</strong>" : "")
                        .append("</td><td>").append(st.lastPoll() == null ? "–" : st.lastPoll().toString())
                        .append("</td><td>").append(st.newItems()).append("</td><td>").append(st.totalItems())
                        .append("</td><td>").append(s.paused() ? "–" : st.nextPoll().toString())
                        .append("</td><td>").append(st.failures()).append("</td><td>")
                        .append(st.lastError() == null ? "" : Html.esc(st.lastError())).append("</td></tr>\n");
            }
            b.append("</table>\n<p class=\"meta\">Abonnieren, pausieren, entfernen: <code>/api/feeds</code> "
                    + "(mit Token); OPML: <a href=\"/api/feeds.opml\">/api/feeds.opml</a></p>\n");
        }
        ctx.contentType("text/html; charset=utf-8").result(Html.page("Feeds", "",
                "<style>table.feeds{border-collapse:collapse;font:14px system-ui,sans-serif;background:#fff}"
                        + "table.feeds td,table.feeds th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}"
                        + "tr.flagged{background:#fde2e2}</style>\n" + b));
    }

    /** The follower's counters in the Prometheus text format; empty without a follower. */
    String metrics() {
        Following following = feeds.getNow(null);
        if (following == null) {
            return "";
        }
        FeedFollower f = following.feeds();
        FeedFollower.Counters c = f.counters();
        return counter("synoptic_feed_polls_total", "Feed polls made since start.", c.polls())
                + counter("synoptic_feed_not_modified_total", "Feed polls answered 304 or with an unchanged body.", c.notModified())
                + counter("synoptic_feed_errors_total", "Feed polls that ended as an error.", c.errors())
                + counter("synoptic_feed_items_total", "Articles stored from feeds since start.", c.items())
                + "# HELP synoptic_feeds Feeds followed.\n# TYPE synoptic_feeds gauge\nsynoptic_feeds " + f.feeds().size() + "\n";
    }

    private static String counter(String name, String help, long value) {
        return "# HELP " + name + " " + help + "\n# TYPE " + name + " counter\n" + name + " " + value + "\n";
    }

    static Map<String, Object> feedJson(FollowedFeed feed, Instant now) {
        Subscription s = feed.subscription();
        PollState st = feed.state();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("url", s.url());
        m.put("label", s.label());
        m.put("paused", s.paused());
        m.put("added", s.added().toString());
        m.put("lastPoll", st.lastPoll() == null ? null : st.lastPoll().toString());
        m.put("lastStatus", st.lastStatus());
        m.put("lastHttpStatus", st.lastHttp());
        m.put("nextPoll", s.paused() ? null : st.nextPoll().toString());
        m.put("intervalSeconds", st.interval().toSeconds());
        m.put("newItems", st.newItems());
        m.put("totalItems", st.totalItems());
        m.put("lastError", st.lastError());
        m.put("failures", st.failures());
        m.put("failingSince", st.failingSince() == null ? null : st.failingSince().toString());
        m.put("flagged", st.flagged(now));
        m.put("polls", st.polls());
        return m;
    }

    private JsonNode body(Context ctx) throws IOException {
        byte[] bytes = bodyBytes(ctx);
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private byte[] bodyBytes(Context ctx) throws IOException {
        byte[] bytes = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (bytes.length > maxBodyBytes) {
            throw new ApiException(413, "request body too large (limit " + maxBodyBytes + " bytes)");
        }
        return bytes;
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
