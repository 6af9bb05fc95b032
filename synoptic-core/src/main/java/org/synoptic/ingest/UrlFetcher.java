package org.synoptic.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL over HTTP(S) for ingest, defensively.
 *
 * <p>Per hop: only {@code http} and {@code https}; the host is resolved and every address it resolves to must pass
 * {@link AddressPolicy} (unless private addresses are allowed); redirects are followed by hand, at most
 * {@code maxRedirects}, and each target is checked again. The response must be 2xx with a content type we read
 * (HTML, XHTML, RSS, Atom, XML, JSON, plain text), or none. The body is read up to {@code maxBytes} (a larger
 * {@code Content-Length} is refused before reading) and the whole fetch is bounded by {@code timeout}: connect,
 * headers and body together. Requests carry the User-Agent {@value #USER_AGENT}.
 *
 * <p>Known limit: the address is checked on our resolution; the HTTP client resolves the host again when it
 * connects, so a DNS server that answers differently within milliseconds (DNS rebinding) is not stopped here.
 *
 * <p>Thread-safe: the one {@link HttpClient}, made on first use, is shareable.
 */
final class UrlFetcher {

    /** The User-Agent sent with every request. */
    static final String USER_AGENT = "Synoptic/0.1 (+https://github.com/synoptic)";

    private static final Set<String> READABLE_TYPES = Set.of("text/html", "application/xhtml+xml",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/json", "application/x-ndjson", "application/jsonl", "text/plain", "text/markdown",
            "application/gzip", "application/x-gzip");

    /** Resolves a host name to its addresses; replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A fetched body with the URL it finally came from and its declared content type (may be {@code null}). */
    record Fetched(String url, String contentType, byte[] body) {
    }

    private volatile HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final boolean allowPrivate;
    private final Resolver resolver;

    UrlFetcher(Duration timeout, long maxBytes, int maxRedirects, boolean allowPrivate, Resolver resolver) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The client, made on the first fetch: an {@link HttpClient} starts a selector thread, and most batches fetch nothing. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(timeout)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    Fetched fetch(String url) throws InputRejectedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            checkAddress(uri);
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("location").orElseThrow(
                        () -> new InputRejectedException("HTTP " + status + " redirect without a Location"));
                if (hop + 1 > maxRedirects) {
                    throw new InputRejectedException("too many redirects (limit " + maxRedirects + ")");
                }
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                throw new InputRejectedException("HTTP " + status);
            }
            String contentType = response.headers().firstValue("content-type").orElse(null);
            if (contentType != null && !READABLE_TYPES.contains(mediaType(contentType))) {
                closeQuietly(response.body());
                throw new InputRejectedException("unsupported content type: " + mediaType(contentType));
            }
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > maxBytes) {
                closeQuietly(response.body());
                throw new InputRejectedException("too large: " + declared + " bytes (limit " + maxBytes + ")");
            }
            return new Fetched(uri.toString(), contentType, readCapped(response.body(), deadline));
        }
    }

    /** The media type of a {@code Content-Type} value, lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static URI parse(String url) throws InputRejectedException {
        try {
            return AddressPolicy.httpUri(url);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
    }

    private void checkAddress(URI uri) throws InputRejectedException {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new InputRejectedException("unknown host: " + host);
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!AddressPolicy.isPublic(address)) {
                String literal = address.getHostAddress();
                throw new InputRejectedException("refused to fetch from a private, loopback or link-local address: "
                        + (bare.equals(literal) ? literal : host + " is " + literal) + " (use --allow-private to allow)");
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws InputRejectedException {
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(left)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8")
                .GET()
                .build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InputRejectedException("timed out after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new InputRejectedException("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException("interrupted while fetching");
        }
    }

    private byte[] readCapped(InputStream body, long deadline) throws InputRejectedException {
        AtomicBoolean timedOut = new AtomicBoolean();
        long leftNanos = Math.max(1, deadline - System.nanoTime());
        // A stalled body blocks read(); closing the stream from a timer thread ends the wait.
        CompletableFuture.delayedExecutor(leftNanos, TimeUnit.NANOSECONDS).execute(() -> {
            timedOut.set(true);
            closeQuietly(body);
        });
        try (body) {
            byte[] capped = body.readNBytes((int) (Math.min(Integer.MAX_VALUE - 16L, maxBytes) + 1));
            if (timedOut.get()) { // a stream closed by the timer may also end quietly: its bytes are cut short
                throw new InputRejectedException("timed out after " + timeout.toMillis() + " ms");
            }
            if (capped.length > maxBytes) {
                throw new InputRejectedException("too large: more than " + maxBytes + " bytes");
            }
            return capped;
        } catch (IOException e) {
            throw new InputRejectedException(timedOut.get() ? "timed out after " + timeout.toMillis() + " ms"
                    : "cannot read the response: " + e.getMessage());
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is best effort; the response is abandoned either way
        }
    }
}
