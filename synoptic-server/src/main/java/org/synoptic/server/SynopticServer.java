package org.synoptic.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.DigestPendingException;
import org.synoptic.store.IngestResult;
import org.synoptic.store.RepositoryReadException;
import org.synoptic.store.SearchRequest;
import org.synoptic.store.SearchResult;
import org.synoptic.store.StoreWriteException;
import org.synoptic.store.StoryRepository;
import org.synoptic.store.StorySummary;
import org.synoptic.store.VersionedDigest;

/**
 * The running service: the REST API, the Atom feed, health and metrics, and the web UI, over one {@link StoryRepository}:
 * the single-JVM {@link ArticleStore}, or the OpenSearch indices the distributed job writes (read-only).
 *
 * <p>Every route is listed in {@link #routes()}; the API's routes are exactly those of the OpenAPI document served at
 * {@code /api/openapi.json} (a test holds them equal). Errors are answered as JSON with their status code on API
 * routes and as an HTML page on the web UI's; an unknown id gives 404. {@code POST /api/articles} needs
 * {@code Authorization: Bearer TOKEN}; without a configured token the API does not ingest at all (401). Over a
 * repository that takes no writes (not an {@link ArticleStore}) it answers 501 with {@link #READ_ONLY}.
 *
 * <p>The server may start before its store is open ({@link #SynopticServer(CompletableFuture, Config)}): {@code /health}
 * then answers at once with {@code "state": "opening"} and the other routes wait for the store.
 *
 * <p>Thread-safe; the store is owned by the caller, which closes it after {@link #stop()}.
 */
public final class SynopticServer {

    /** Stories per page of the story list. */
    static final int STORIES_PER_PAGE = 20;

    /**
     * The server's settings.
     *
     * @param host         interface to listen on ({@code 127.0.0.1} for local use, {@code 0.0.0.0} for all)
     * @param port         port, or 0 for a free one
     * @param token        bearer token required to ingest through the API; {@code null} disables API ingest
     * @param maxBodyBytes largest accepted request body; larger ones are answered with 413
     * @param publicUrl    the address readers use ({@code https://news.example.org}), or {@code null}: the feed's
     *                     links are built from it (else from {@code host} and the port), and a request whose
     *                     {@code Host} names neither it nor the bound address is refused (421), so a DNS-rebinding
     *                     page cannot read a local server
     * @param requestBudget how long a request waits for a digest the deep tier must compute first (a story without a
     *                     stored one); then it is answered 503 with {@code Retry-After} and the digest goes on in the
     *                     background; {@code null} for {@link #DEFAULT_REQUEST_BUDGET}
     */
    public record Config(String host, int port, String token, long maxBodyBytes, String publicUrl, java.time.Duration requestBudget) {

        /** Settings without a public address. */
        public Config(String host, int port, String token, long maxBodyBytes) {
            this(host, port, token, maxBodyBytes, null);
        }

        /** Settings with the default request budget. */
        public Config(String host, int port, String token, long maxBodyBytes, String publicUrl) {
            this(host, port, token, maxBodyBytes, publicUrl, null);
        }

        /** Default cap on request bodies: 5 MiB. */
        public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

        /** Default request budget: 5 s, long enough for a small story's digest, short of a reader's patience. */
        public static final java.time.Duration DEFAULT_REQUEST_BUDGET = java.time.Duration.ofSeconds(5);

        public Config {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
            }
            token = token == null || token.isBlank() ? null : token;
            publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
            if (publicUrl != null && java.net.URI.create(publicUrl).getHost() == null) {
                throw new IllegalArgumentException("publicUrl must be an absolute http(s) URL: " + publicUrl);
            }
            requestBudget = requestBudget == null ? DEFAULT_REQUEST_BUDGET : requestBudget;
            if (requestBudget.isNegative()) {
                throw new IllegalArgumentException("requestBudget must not be negative: " + requestBudget);
            }
        }

        /** Whether the server listens on every interface, so the names it is reached by are not known. */
        boolean wildcard() {
            return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        }
    }

    /** A route: method, path template as in the OpenAPI document, and whether it belongs to the API. */
    record Route(String method, String path, boolean api, Handler handler) {
    }

    /** Jackson, initialised on first use: a starting server answers /health without waiting for it to load. */
    private static final class Writers {
        static final ObjectMapper JSON = JsonMapper.builder().build();
        static final com.fasterxml.jackson.databind.ObjectWriter PRETTY = JsonDigestWriter.prettyWriter(JSON);
    }

    /** How long a request waits for a store that is still opening before it is answered 503. */
    static final java.time.Duration OPEN_WAIT = java.time.Duration.ofSeconds(60);

    /** The answer to a write on a server over a repository that takes no writes. */
    static final String READ_ONLY = "this server reads OpenSearch; write through Kafka with 'synoptic publish'";

    private final CompletableFuture<? extends StoryRepository> store;
    private final Config config;
    private final Metrics metrics = new Metrics();
    private final RequestGuard guard;
    /** Made on the first POST: the parser loads jsoup and more, which a starting server need not wait for. */
    private volatile ApiBatchReader batchReader;
    private volatile Pages pages;
    private final List<Route> routes;
    private final FeedRoutes feedRoutes;
    private final byte[] openApi;
    private Javalin app;

    /** A server over an open store or repository. */
    public SynopticServer(StoryRepository store, Config config) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(store, "store")), config);
    }

    /**
     * A server over a store that may still be opening: {@link #start()} listens at once, {@code /health} answers
     * {@code "state": "opening"} until {@code store} completes ({@code "ready"}; {@code "failed"} with 503 when it
     * completes exceptionally), {@code /api/openapi.json} is served, and every other request waits for the store up
     * to {@link #OPEN_WAIT}, then is answered 503. So a restarting server answers {@code /health} in a time that does
     * not grow with the store.
     */
    public SynopticServer(CompletableFuture<? extends StoryRepository> store, Config config) {
        this(store, config, CompletableFuture.completedFuture(null));
    }

    /**
     * A server over a store that may still be opening, with the store's feeds and watches ({@link FeedRoutes},
     * {@link WatchRoutes}), which complete when the store has opened; completed with {@code null}, the server follows
     * no feeds and keeps no watches.
     */
    public SynopticServer(CompletableFuture<? extends StoryRepository> store, Config config,
                          CompletableFuture<org.synoptic.feeds.Following> feeds) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.guard = new RequestGuard(config);
        this.openApi = openApiDocument();
        this.feedRoutes = new FeedRoutes(Objects.requireNonNull(feeds, "feeds"), this::authorise, this::tokenAccepted, config.maxBodyBytes());
        WatchRoutes watchRoutes = new WatchRoutes(feeds, this::authorise, config.maxBodyBytes());
        this.routes = List.of(
                new Route("GET", "/api/stories", true, this::listStories),
                new Route("GET", "/api/stories/{id}", true, this::getStory),
                new Route("GET", "/api/stories/{id}/changes", true, this::getChanges),
                new Route("GET", "/api/articles/{id}", true, this::getArticle),
                new Route("GET", "/api/articles/{id}/similar", true, this::getSimilar),
                new Route("POST", "/api/articles", true, this::postArticles),
                new Route("GET", "/api/search", true, this::search),
                new Route("GET", "/api/feeds", true, feedRoutes::list),
                new Route("POST", "/api/feeds", true, feedRoutes::subscribe),
                new Route("PATCH", "/api/feeds/{id}", true, feedRoutes::patch),
                new Route("DELETE", "/api/feeds/{id}", true, feedRoutes::delete),
                new Route("GET", "/api/feeds.opml", true, feedRoutes::exportOpml),
                new Route("POST", "/api/feeds.opml", true, feedRoutes::importOpml),
                new Route("GET", "/api/watches", true, watchRoutes::list),
                new Route("POST", "/api/watches", true, watchRoutes::add),
                new Route("DELETE", "/api/watches/{id}", true, watchRoutes::delete),
                new Route("GET", "/feeds/watches/{id}.atom", true, watchRoutes::atom),
                new Route("GET", "/api/openapi.json", true, ctx -> ctx.contentType("application/json").result(openApi)),
                new Route("GET", "/feeds/stories.atom", true, this::atom),
                new Route("GET", "/health", true, this::health),
                new Route("GET", "/metrics", true,
                        ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(store()) + feedRoutes.metrics())),
                new Route("GET", "/", false, ctx -> pages().storyList(ctx)),
                new Route("GET", "/stories/{id}", false, ctx -> pages().story(ctx)),
                new Route("GET", "/articles/{id}", false, ctx -> pages().article(ctx)),
                new Route("GET", "/search", false, ctx -> pages().search(ctx)),
                new Route("GET", "/feeds", false, feedRoutes::page),
                new Route("POST", "/feeds", false, feedRoutes::form));
    }

    /**
     * The open store; waits up to {@link #OPEN_WAIT} while it opens.
     *
     * @throws ApiException 503 when the store is still opening after that, or failed to open
     */
    private StoryRepository store() {
        try {
            return store.get(OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "the store is still opening; try again shortly");
        } catch (ExecutionException e) {
            throw new ApiException(503, "the store failed to open: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while the store opens");
        }
    }

    /**
     * The store that takes writes.
     *
     * @throws ApiException 501 when this server reads a repository that takes no writes
     */
    private ArticleStore writableStore() {
        if (store() instanceof ArticleStore writable) {
            return writable;
        }
        throw new ApiException(501, READ_ONLY);
    }

    private ApiBatchReader batchReader() {
        ApiBatchReader r = batchReader;
        if (r == null) {
            r = new ApiBatchReader();
            batchReader = r;
        }
        return r;
    }

    private Pages pages() {
        Pages p = pages;
        if (p == null) {
            p = new Pages(store(), config.requestBudget());
            pages = p;
        }
        return p;
    }

    /** Every route the server answers, API and web UI. */
    List<Route> routes() {
        return routes;
    }

    /** Starts listening; returns this server. */
    public synchronized SynopticServer start() {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true; // PUT, DELETE, PATCH on a known path: 405, not 404
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.routes.before(guard::check);
            for (Route r : routes) {
                Handler timed = timed(r);
                switch (r.method()) {
                    case "GET" -> {
                        c.routes.get(r.path(), timed);
                        c.routes.head(r.path(), timed); // the GET answer's status and headers: 404 for an unknown id
                    }
                    case "PATCH" -> c.routes.patch(r.path(), timed);
                    case "DELETE" -> c.routes.delete(r.path(), timed);
                    default -> c.routes.post(r.path(), timed);
                }
            }
            // recorded after the exception and error handlers ran, so a 401, 404 or 413 is counted as such
            c.routes.after(this::recordMetrics);
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            c.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            // a full disk is the operator's to fix: 507 says so, and reads go on meanwhile
            c.routes.exception(StoreWriteException.class, (e, ctx) -> error(ctx, e.noSpace() ? 507 : 503,
                    e.getMessage() + "; reads go on, and writing resumes by itself once the store can write again"));
            // a repository whose service (OpenSearch) does not answer: the next request tries again
            c.routes.exception(RepositoryReadException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            // the deep tier had no digest ready within the request's budget: it goes on, the request does not wait
            c.routes.exception(DigestPendingException.class, (e, ctx) -> {
                metrics.overBudget(e.refused());
                ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
                error(ctx, 503, isApi(ctx.path()) ? e.getMessage()
                        : "Die Zusammenfassung dieser Geschichte wird gerade berechnet. Bitte laden Sie die Seite in "
                        + e.retryAfter().toSeconds() + " Sekunden neu.");
            });
            c.routes.exception(Exception.class, (e, ctx) -> {
                System.getLogger(SynopticServer.class.getName()).log(System.Logger.Level.ERROR, "request failed: " + ctx.path(), e);
                error(ctx, 500, "internal error");
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "no such page: " + ctx.path());
                }
            });
            c.routes.error(405, ctx -> error(ctx, 405, ctx.method().name() + " is not allowed on " + ctx.path()
                    + " (GET" + (ctx.path().equals("/api/articles") ? ", POST" : "") + ", HEAD)"));
        });
        app.start();
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops listening; the store stays open. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private static final String ROUTE_ATTRIBUTE = "synoptic.route";
    private static final String START_ATTRIBUTE = "synoptic.start";

    private Handler timed(Route route) {
        return ctx -> {
            ctx.attribute(ROUTE_ATTRIBUTE, route);
            ctx.attribute(START_ATTRIBUTE, System.nanoTime());
            route.handler().handle(ctx);
        };
    }

    /** Counts a request with its final status; one that matched no route counts as {@code unmatched}. */
    private void recordMetrics(Context ctx) {
        Route route = ctx.attribute(ROUTE_ATTRIBUTE);
        Long start = ctx.attribute(START_ATTRIBUTE);
        metrics.record(ctx.method().name(), route == null ? "unmatched" : route.path(), ctx.statusCode(),
                start == null ? 0 : System.nanoTime() - start);
    }

    /** Whether a {@code Host} header names this server; see {@link RequestGuard#hostAllowed}. */
    boolean hostAllowed(String hostHeader) {
        return guard.hostAllowed(hostHeader);
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx.path())) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", status);
            error.put("message", message);
            json(ctx, Map.of("error", error));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(Html.page("Fehler " + status, "",
                    "<h1>Fehler " + status + "</h1>\n<p>" + Html.esc(message) + "</p>\n<p><a href=\"/\">Zur Übersicht</a></p>\n"));
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/feeds/") || path.equals("/health") || path.equals("/metrics");
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(Writers.JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- API

    private void listStories(Context ctx) throws IOException {
        Instant since = QueryParams.instant(ctx.queryParam("since"));
        int page = QueryParams.intParam(ctx, "page", 1, 1, 10_000);
        String q = ctx.queryParam("q");
        Set<String> matching = q == null || q.isBlank() ? null : storiesMatching(q);
        List<StorySummary> selected = new ArrayList<>();
        for (StorySummary s : store().stories()) {
            if ((since == null || s.updated().isAfter(since)) && (matching == null || matching.contains(s.id()))) {
                selected.add(s);
            }
        }
        int from = Math.min(selected.size(), (page - 1) * STORIES_PER_PAGE);
        List<Map<String, Object>> stories = new ArrayList<>();
        for (StorySummary s : selected.subList(from, Math.min(selected.size(), from + STORIES_PER_PAGE))) {
            stories.add(storyJson(s));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stories", stories);
        body.put("page", page);
        body.put("total", selected.size());
        json(ctx, body);
    }

    /** The stories with an article among the best 1,000 matching the query. */
    Set<String> storiesMatching(String q) throws IOException {
        return store().storiesMatching(q, 1000);
    }

    static Map<String, Object> storyJson(StorySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", s.headline());
        m.put("articles", s.articles());
        m.put("updated", s.updated().toString());
        m.put("language", s.language());
        m.put("independentSources", s.independentSources());
        m.put("outlets", s.outlets());
        m.put("latestPublished", s.latestPublished());
        return m;
    }

    private void getStory(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        StorySummary story = store().story(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
        VersionedDigest digest = store().digest(id, config.requestBudget())
                .orElseThrow(() -> ApiException.notFound("no story with id " + id));
        ctx.header("X-Story-Version", String.valueOf(story.version()));
        ctx.header("X-Digest-Version", String.valueOf(digest.version()));
        ctx.header("X-Digest-Stale", String.valueOf(digest.version() < story.version())); // the newer one is queued
        var links = store().links(id);
        if (links.isEmpty()) {
            ctx.contentType("application/json").result(Writers.PRETTY.writeValueAsString(digest.digest()));
            return;
        }
        // a story the store linked across languages carries the links with their evidence (digest-v1 "links")
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) Writers.JSON.readTree(
                Writers.PRETTY.writeValueAsString(digest.digest()));
        body.set("links", Writers.JSON.valueToTree(links));
        ctx.contentType("application/json").result(Writers.PRETTY.writeValueAsString(body));
    }

    private void getChanges(Context ctx) {
        String id = ctx.pathParam("id");
        json(ctx, StoryChangesAnswer.of(store(), id, QueryParams.intParam(ctx, "since", 0, 0, Integer.MAX_VALUE)));
    }

    /** {@link ArticleAnswer}: 200 with the stored analysis, 202 while it is queued. */
    private void getArticle(Context ctx) {
        ArticleAnswer.Answer answer = ArticleAnswer.of(store(), ctx.pathParam("id"));
        ctx.status(answer.status());
        json(ctx, answer.body());
    }

    private void getSimilar(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (store().article(id).isEmpty()) {
            throw ApiException.notFound("no article with id " + id);
        }
        int size = QueryParams.intParam(ctx, "size", 10, 1, SearchRequest.MAX_SIZE);
        json(ctx, Map.of("hits", store().similar(id, size)));
    }

    private void search(Context ctx) throws IOException {
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), QueryParams.blank(ctx.queryParam("outlet")),
                QueryParams.blank(ctx.queryParam("language")), QueryParams.blank(ctx.queryParam("story")), QueryParams.blank(ctx.queryParam("entity")),
                QueryParams.date(ctx.queryParam("from")), QueryParams.date(ctx.queryParam("to")),
                QueryParams.intParam(ctx, "page", 1, 1, SearchRequest.MAX_PAGE), QueryParams.intParam(ctx, "size", 20, 1, SearchRequest.MAX_SIZE));
        SearchResult r = store().search(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("page", r.page());
        body.put("size", r.size());
        body.put("hits", r.hits());
        body.put("facets", r.facets());
        if (r.suggestion() != null) {
            body.put("suggestion", r.suggestion());
        }
        json(ctx, body);
    }

    private void postArticles(Context ctx) throws IOException {
        ArticleStore writable = writableStore();
        authorise(ctx);
        byte[] body = RequestBodies.read(ctx, config.maxBodyBytes());
        IngestReport report = batchReader().read(body, ctx.header("Content-Type"));
        IngestResult result = writable.ingest(report.articles());
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (IngestResult.Outcome o : result.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", o.source());
            m.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("article", o.articleId());
            m.put("story", o.storyId());
            m.put("reason", o.reason());
            outcomes.add(m);
        }
        for (InputOutcome o : report.rejected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", o.source());
            m.put("status", "rejected");
            m.put("article", null);
            m.put("story", null);
            m.put("reason", o.reason());
            outcomes.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stored", result.stored());
        out.put("duplicates", result.duplicates());
        out.put("rejected", report.rejected().size());
        out.put("outcomes", outcomes);
        ctx.status(result.stored() > 0 ? 201 : report.articles().isEmpty() ? 400 : 200);
        json(ctx, out);
    }

    private void authorise(Context ctx) {
        String header = ctx.header("Authorization");
        if (config.token() == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "ingest through the API is disabled: start the server with --token or SYNOPTIC_TOKEN");
        }
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!tokenAccepted(given)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, header == null ? "missing bearer token" : "wrong bearer token");
        }
    }

    /** Whether {@code given} is the configured token (compared in constant time); never without one. */
    private boolean tokenAccepted(String given) {
        return config.token() != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8));
    }

    private void atom(Context ctx) {
        // the links from configuration, never from the request's Host
        ctx.contentType("application/atom+xml; charset=utf-8").result(StoriesFeed.atom(guard.baseUrl(port()), store().stories()));
    }

    /** {@link HealthAnswer}: never waits for the store. */
    private void health(Context ctx) {
        HealthAnswer answer = HealthAnswer.of(store);
        // written by hand: Jackson need not be loaded for a starting server's first answer
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }

    private static byte[] openApiDocument() {
        try (InputStream in = SynopticServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
