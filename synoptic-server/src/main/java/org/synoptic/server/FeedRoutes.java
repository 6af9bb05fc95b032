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
import java.util.function.Predicate;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.FeedList;
import org.synoptic.feeds.FollowedFeed;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.PollState;
import org.synoptic.feeds.Subscription;

/**
 * The feed routes: {@code /api/feeds} (list, subscribe, pause or resume, remove), {@code /api/feeds.opml} (export,
 * import), the feeds page {@code /feeds} with its form ({@code POST /feeds}) and the follower's Prometheus counters. Writes need the bearer token, as
 * {@code POST /api/articles} does ({@code authorise}).
 *
 * <p>The follower arrives with the store ({@code feeds} completes when it opens); a server without one (completed
 * with {@code null}) lists no feeds and answers writes with 503. Thread-safe.
 */
final class FeedRoutes {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CompletableFuture<Following> feeds;
    private final Consumer<Context> authorise;
    private final Predicate<String> tokenAccepted;
    private final long maxBodyBytes;

    /**
     * @param authorise     checks a request's bearer token (throws 401)
     * @param tokenAccepted whether a token typed into the feeds page's form is the server's
     */
    FeedRoutes(CompletableFuture<Following> feeds, Consumer<Context> authorise, Predicate<String> tokenAccepted,
               long maxBodyBytes) {
        this.feeds = feeds;
        this.authorise = authorise;
        this.tokenAccepted = tokenAccepted;
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

    /** What a form action did, as the notice the page shows after the redirect; fixed texts, never from the request. */
    private static final Map<String, String> DONE = Map.of("added", "Feed abonniert.",
            "present", "Dieser Feed wird schon abonniert.", "paused", "Feed pausiert.", "resumed", "Feed fortgesetzt.",
            "removed", "Feed entfernt.");

    /**
     * The feeds page: the form to subscribe, then one health row per feed (title, label and address; status; last
     * poll; new and total items; next poll; failures in a row; last error) with its pause or resume and remove
     * buttons. A feed failing for a day or more is flagged. Everything from a feed or a user is escaped.
     *
     * <p>Design decision: the page runs no script (the UI's content security policy forbids it), so the form is one
     * plain HTML form around the table: the token is typed once into it and every button posts it with its action
     * ({@link #form}); the first button, in tree order, is "Abonnieren", so Enter in the address field subscribes.
     */
    void page(Context ctx) {
        FeedFollower f = follower();
        StringBuilder b = new StringBuilder("<h1>Feeds</h1>\n");
        String done = DONE.get(String.valueOf(ctx.queryParam("done")));
        if (done != null) {
            b.append("<p class=\"notice done\" role=\"status\">").append(Html.esc(done)).append("</p>\n");
        }
        if (f == null) {
            b.append("<p class=\"notice\">Dieser Server folgt keinen Feeds.</p>\n");
        } else {
            Instant now = f.options().clock().instant();
            FeedFollower.Counters c = f.counters();
            b.append("<p class=\"meta\">").append(f.feeds().size()).append(" Feeds · seit dem Start ").append(c.polls())
                    .append(" Abrufe, ").append(c.notModified()).append(" unverändert, ").append(c.errors())
                    .append(" Fehler, ").append(c.items()).append(" neue Artikel · Stand ").append(now).append("</p>\n");
            b.append("<form method=\"post\" action=\"/feeds\" class=\"feeds\">\n<fieldset><legend>Feed abonnieren</legend>")
                    .append("<label>Adresse <input type=\"url\" name=\"url\" placeholder=\"https://example.org/feed.xml\"></label> ")
                    .append("<label>Ordner <input type=\"text\" name=\"label\" placeholder=\"News/Politik\"></label> ")
                    .append("<label>Token <input type=\"password\" name=\"token\" required autocomplete=\"current-password\"></label> ")
                    .append("<button type=\"submit\" name=\"action\" value=\"add\">Abonnieren</button>")
                    .append("<p class=\"meta\">Jede Änderung (auch Pausieren und Entfernen) braucht den Token des Servers.</p></fieldset>\n");
            b.append("<table class=\"feeds\">\n<tr><th>Feed</th><th>Status</th><th>Letzter Abruf</th><th>Neu</th>")
                    .append("<th>Gesamt</th><th>Nächster Abruf</th><th>Fehler in Folge</th><th>Letzter Fehler</th><th></th></tr>\n");
            for (FollowedFeed feed : f.feeds()) {
                row(b, feed, now);
            }
            b.append("</table>\n</form>\n<p class=\"meta\">API: <code>/api/feeds</code> (Schreiben mit Token); OPML: "
                    + "<a href=\"/api/feeds.opml\">/api/feeds.opml</a></p>\n");
        }
        ctx.contentType("text/html; charset=utf-8").result(Html.page("Feeds", "",
                "<style>table.feeds{border-collapse:collapse;font:14px system-ui,sans-serif;background:#fff;margin-top:1rem}"
                        + "table.feeds td,table.feeds th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}"
                        + "tr.flagged{background:#fde2e2}tr.paused{color:#777}.flag{color:#a11}"
                        + "form.feeds fieldset{font:14px system-ui,sans-serif;background:#fff;border:1px solid #ddd;border-radius:6px}"
                        + "form.feeds label{margin-right:.8rem}table.feeds button{font-size:.8rem;margin:.1rem 0}</style>\n" + b));
    }

    private static void row(StringBuilder b, FollowedFeed feed, Instant now) {
        Subscription s = feed.subscription();
        PollState st = feed.state();
        boolean flagged = st.flagged(now);
        String id = Html.esc(s.id());
        b.append("<tr id=\"feed-").append(id).append("\"")
                .append(flagged ? " class=\"flagged\"" : s.paused() ? " class=\"paused\"" : "").append("><td class=\"feed\">")
                .append(st.title() == null ? "" : "<strong class=\"title\">" + Html.esc(st.title()) + "</strong><br>")
                .append(s.label() == null ? "" : "<span class=\"meta label\">" + Html.esc(s.label()) + "</span><br>")
                .append("<a href=\"").append(Html.esc(s.url())).append("\">").append(Html.esc(s.url())).append("</a></td>")
                .append("<td class=\"status\">")
                .append(s.paused() ? "pausiert" : Html.esc(st.lastStatus() == null ? "neu" : st.lastStatus()))
                .append(flagged ? " <strong class=\"flag\">⚠ seit über einem Tag fehlerhaft (seit " + st.failingSince() + ")</strong>" : "")
                .append("</td><td class=\"last-poll\">").append(st.lastPoll() == null ? "–" : st.lastPoll().toString())
                .append("</td><td class=\"new\">").append(st.newItems()).append("</td><td class=\"total\">").append(st.totalItems())
                .append("</td><td class=\"next-poll\">").append(s.paused() ? "–" : st.nextPoll().toString())
                .append("</td><td class=\"failures\">").append(st.failures()).append("</td><td class=\"error\">")
                .append(st.lastError() == null ? "" : Html.esc(st.lastError())).append("</td><td class=\"actions\">")
                .append("<button type=\"submit\" name=\"action\" value=\"").append(s.paused() ? "resume:" : "pause:").append(id)
                .append("\">").append(s.paused() ? "Fortsetzen" : "Pausieren").append("</button> ")
                .append("<button type=\"submit\" name=\"action\" value=\"remove:").append(id).append("\">Entfernen</button>")
                .append("</td></tr>\n");
    }

    /**
     * The feeds page's form ({@code POST /feeds}, form-encoded): {@code action} is {@code add} (with {@code url} and
     * an optional {@code label}; also what a form without an action does), {@code pause:ID}, {@code resume:ID} or
     * {@code remove:ID}; {@code token} is the server's token, checked as the API's bearer token is (401 otherwise,
     * as a page). Answers 303 to the feeds page with a notice, so a reload does not post again.
     */
    void form(Context ctx) throws IOException {
        String token = ctx.formParam("token");
        if (token == null || token.isBlank() || !tokenAccepted.test(token.strip())) {
            throw new ApiException(401, token == null || token.isBlank() ? "the form needs the server's token"
                    : "wrong token (the server's --token or SYNOPTIC_TOKEN)");
        }
        FeedFollower f = requireFollower();
        String action = ctx.formParam("action");
        action = action == null || action.isBlank() ? "add" : action.strip();
        String done;
        String id;
        if (action.equals("add")) {
            String label = ctx.formParam("label");
            FeedFollower.Subscribed s = f.subscribe(ctx.formParam("url"), label == null || label.isBlank() ? null : label);
            done = s.created() ? "added" : "present";
            id = s.feed().id();
        } else {
            int colon = action.indexOf(':');
            String verb = colon < 0 ? action : action.substring(0, colon);
            id = colon < 0 ? "" : action.substring(colon + 1);
            String feedId = id;
            switch (verb) {
                case "pause", "resume" -> {
                    f.setPaused(feedId, verb.equals("pause")).orElseThrow(() -> ApiException.notFound("no feed with id " + feedId));
                    done = verb.equals("pause") ? "paused" : "resumed";
                }
                case "remove" -> {
                    if (!f.unsubscribe(feedId)) {
                        throw ApiException.notFound("no feed with id " + feedId);
                    }
                    done = "removed";
                }
                default -> throw ApiException.badRequest("unknown action: " + action + " (add, pause:ID, resume:ID, remove:ID)");
            }
        }
        ctx.redirect("/feeds?done=" + done + (done.equals("removed") ? "" : "#feed-" + Html.url(id)), io.javalin.http.HttpStatus.SEE_OTHER);
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
        m.put("title", st.title());
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
        return RequestBodies.read(ctx, maxBodyBytes);
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
