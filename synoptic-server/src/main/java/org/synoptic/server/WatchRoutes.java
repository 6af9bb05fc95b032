package org.synoptic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.synoptic.feeds.Alert;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.Watch;
import org.synoptic.feeds.WatchKeeper;

/**
 * The watch routes: {@code /api/watches} (list, save, remove; writes need the bearer token) and each watch's Atom feed
 * {@code /feeds/watches/{id}.atom}. A webhook's secret is shown once, in the answer to the POST that saved it.
 * Thread-safe.
 */
final class WatchRoutes {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CompletableFuture<Following> following;
    private final Consumer<Context> authorise;
    private final long maxBodyBytes;

    WatchRoutes(CompletableFuture<Following> following, Consumer<Context> authorise, long maxBodyBytes) {
        this.following = following;
        this.authorise = authorise;
        this.maxBodyBytes = maxBodyBytes;
    }

    private WatchKeeper keeper() {
        Following f = FeedRoutes.following(following);
        return f == null ? null : f.watches();
    }

    private WatchKeeper requireKeeper() {
        WatchKeeper k = keeper();
        if (k == null) {
            throw new ApiException(503, "this server keeps no watches (start it with serve --store DIR)");
        }
        return k;
    }

    void list(Context ctx) {
        WatchKeeper k = keeper();
        List<Map<String, Object>> out = new ArrayList<>();
        if (k != null) {
            for (WatchKeeper.Watched w : k.watches()) {
                Map<String, Object> m = watchJson(w.watch(), false);
                m.put("alerts", w.alerts().size());
                m.put("lastAlert", w.alerts().isEmpty() ? null : JSON.convertValue(
                        WatchKeeper.alertJson(w.watch(), w.alerts().get(w.alerts().size() - 1)), Map.class));
                List<Map<String, Object>> deliveries = new ArrayList<>();
                w.deliveries().forEach(d -> {
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("alert", d.alertId());
                    dm.put("attempt", d.attempt());
                    dm.put("at", d.at().toString());
                    dm.put("status", d.status());
                    dm.put("error", d.error());
                    deliveries.add(dm);
                });
                m.put("deliveries", deliveries);
                out.add(m);
            }
        }
        json(ctx, Map.of("watches", out));
    }

    void add(Context ctx) throws IOException {
        authorise.accept(ctx);
        WatchKeeper k = requireKeeper();
        byte[] bytes = RequestBodies.read(ctx, maxBodyBytes);
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        Watch.Kind kind = null;
        String value = null;
        for (Watch.Kind candidate : Watch.Kind.values()) {
            JsonNode v = body.get(candidate.apiName());
            if (v != null && !v.isNull()) {
                if (kind != null || !v.isTextual()) {
                    throw ApiException.badRequest("a watch takes exactly one of \"entity\", \"query\", \"story\" (a string)");
                }
                kind = candidate;
                value = v.asText();
            }
        }
        if (kind == null) {
            throw ApiException.badRequest("a watch takes exactly one of \"entity\", \"query\", \"story\" (a string)");
        }
        JsonNode hook = body.get("webhook");
        if (hook != null && !hook.isNull() && !hook.isTextual()) {
            throw ApiException.badRequest("\"webhook\" must be a URL string");
        }
        Watch w;
        try {
            w = k.add(kind, value, hook == null || hook.isNull() ? null : hook.asText());
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("no story") ? ApiException.notFound(e.getMessage())
                    : ApiException.badRequest(e.getMessage());
        }
        ctx.status(201);
        json(ctx, watchJson(w, true));
    }

    void delete(Context ctx) throws IOException {
        authorise.accept(ctx);
        String id = ctx.pathParam("id");
        if (!requireKeeper().remove(id)) {
            throw ApiException.notFound("no watch with id " + id);
        }
        ctx.status(204);
    }

    /** The watch's alerts as Atom, newest first. The route is {@code /feeds/watches/{id}.atom}. */
    void atom(Context ctx) {
        String id = ctx.pathParam("id");
        WatchKeeper k = keeper();
        WatchKeeper.Watched w = (k == null ? null : k.watch(id).orElse(null));
        if (w == null) {
            throw ApiException.notFound("no watch with id " + id);
        }
        String base = ctx.url().substring(0, ctx.url().length() - ctx.path().length());
        List<Alert> alerts = new ArrayList<>(w.alerts());
        java.util.Collections.reverse(alerts);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>").append(Html.esc("Synoptic: " + w.watch().kind().apiName() + " " + w.watch().value()))
                .append("</title>\n<id>urn:synoptic:watch:").append(Html.esc(id)).append("</id>\n<link rel=\"self\" href=\"")
                .append(Html.esc(base)).append("/feeds/watches/").append(Html.esc(Html.url(id))).append(".atom\"/>\n<updated>")
                .append(alerts.isEmpty() ? w.watch().created() : alerts.get(0).at()).append("</updated>\n")
                .append("<author><name>Synoptic</name></author>\n");
        for (Alert a : alerts) {
            x.append("<entry>\n<title>").append(Html.esc(a.headline() == null ? a.storyId() : a.headline()))
                    .append("</title>\n<id>urn:synoptic:alert:").append(Html.esc(a.id())).append("</id>\n<link href=\"")
                    .append(Html.esc(base)).append("/stories/").append(Html.esc(Html.url(a.storyId()))).append("\"/>\n<updated>")
                    .append(a.at()).append("</updated>\n<summary>").append(Html.esc(String.join("; ", a.reasons())))
                    .append("</summary>\n</entry>\n");
        }
        x.append("</feed>\n");
        ctx.contentType("application/atom+xml; charset=utf-8").result(x.toString());
    }

    private static Map<String, Object> watchJson(Watch w, boolean withSecret) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("kind", w.kind().apiName());
        m.put("value", w.value());
        m.put("webhook", w.webhook());
        if (withSecret) {
            m.put("secret", w.secret());
        }
        m.put("created", w.created().toString());
        m.put("atom", "/feeds/watches/" + w.id() + ".atom");
        return m;
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
