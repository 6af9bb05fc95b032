package org.synoptic.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A real HTTP server on a loopback address for the follower's tests: serves feeds with ETag and Last-Modified (and
 * answers 304 to a matching conditional request), robots.txt, redirects, 429 with Retry-After, web pages, endless
 * bodies, and stalls until closed. Every request is logged with its User-Agent. Thread-safe.
 */
final class FeedServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Hit(String path, int status, String userAgent) {
    }

    interface Behaviour {
        void answer(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Behaviour> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FeedServer() throws IOException {
        this("127.0.0.1");
    }

    FeedServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", ex -> {
            try {
                Behaviour b = routes.get(ex.getRequestURI().getPath());
                if (b == null) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    b.answer(ex);
                }
            } finally {
                hits.add(new Hit(ex.getRequestURI().getPath(), ex.getResponseCode(), ex.getRequestHeaders().getFirst("User-Agent")));
                ex.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    Behaviour routeFor(String path) {
        return routes.get(path);
    }

    void route(String path, Behaviour b) {
        routes.put(path, b);
    }

    /** A feed whose document {@code xml} gives on each request, with validators from its bytes. */
    void feed(String path, Supplier<String> xml) {
        route(path, ex -> {
            byte[] body = xml.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + sha(body).substring(0, 16) + "\"";
            String lastModified = "Mon, 01 Jan 2024 " + etag.substring(1, 3).replaceAll("[a-f]", "1") + ":00:00 GMT";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            send(ex, 200, "application/rss+xml; charset=utf-8", body);
        });
    }

    /** A feed that sends no validators and the same bytes each time. */
    void plainFeed(String path, Supplier<String> xml) {
        route(path, ex -> send(ex, 200, "application/xml", xml.get().getBytes(StandardCharsets.UTF_8)));
    }

    void robots(String text) {
        route("/robots.txt", ex -> send(ex, 200, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    void redirect(String path, int status, String location) {
        route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    void status(String path, int status, String retryAfter) {
        route(path, ex -> {
            if (retryAfter != null) {
                ex.getResponseHeaders().set("Retry-After", retryAfter);
            }
            send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Headers at once, then no body until the server closes. */
    void stall(String path) {
        route(path, ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("<?xml version=\"1.0\"?><rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A chunked body of {@code bytes} bytes (no Content-Length), written as long as the client reads. */
    void endless(String path, long bytes) {
        route(path, ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>x</title></item>".repeat(2000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up: what the test wants
            }
        });
    }

    void page(String path, String contentType, String body) {
        route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    long count(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    long count(String path, int status) {
        return hits.stream().filter(h -> h.path().equals(path) && h.status() == status).count();
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
