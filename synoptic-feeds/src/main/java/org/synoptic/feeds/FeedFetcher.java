package org.synoptic.feeds;

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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.synoptic.ingest.AddressPolicy;

/**
 * Fetches a feed (or a host's {@code robots.txt}) with a conditional GET, under the same rules as ingest's
 * {@code UrlFetcher}: only http and https; every address a host resolves to, on every redirect hop, must be public
 * ({@link AddressPolicy}) unless private addresses are allowed; redirects followed by hand, at most
 * {@link #MAX_REDIRECTS}; the body read up to {@code maxBytes} (a larger {@code Content-Length} refused before reading);
 * the whole fetch, connect to last byte, bounded by {@code timeout} (a stalled body is cut by closing its stream).
 * Requests carry {@link #USER_AGENT}.
 *
 * <p>The answer says what the scheduler needs: a body with its validators, not modified (304), retry later (429 or
 * 503, with {@code Retry-After} when given), or failed with a reason; and the new address when every redirect hop was
 * permanent (301, 308). Never throws for a bad server. Thread-safe.
 */
public final class FeedFetcher {

    private final java.time.Clock clock;

    /** What every request says it is. */
    public static final String USER_AGENT =
            "SynopticFeedFollower/0.1 (self-hosted news reader; polls feeds politely; +https://github.com/synoptic)";

    /** Redirect hops followed at most. */
    public static final int MAX_REDIRECTS = 5;

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    /** How a fetch ended. */
    public enum Kind { OK, NOT_MODIFIED, RETRY_LATER, FAILED }

    /**
     * A fetch's answer.
     *
     * @param kind          how it ended
     * @param status        the last HTTP status, 0 when none came (timeout, refused address)
     * @param body          the body (OK only), else {@code null}
     * @param contentType   the declared content type, or {@code null}
     * @param etag          the answer's {@code ETag}, or {@code null}
     * @param lastModified  the answer's {@code Last-Modified}, or {@code null}
     * @param retryAfter    for RETRY_LATER, the server's {@code Retry-After}, or {@code null} when it gave none
     * @param movedTo       the final URL when every redirect hop was permanent, else {@code null}
     * @param finalUrl      the URL the answer came from
     * @param error         for FAILED, the reason
     */
    public record Response(Kind kind, int status, byte[] body, String contentType, String etag, String lastModified,
                           Duration retryAfter, String movedTo, String finalUrl, String error) {

        static Response failed(int status, String url, String error) {
            return new Response(Kind.FAILED, status, null, null, null, null, null, null, url, error);
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private final boolean allowPrivate;
    private final HttpClient client;

    /**
     * @param timeout      bound on one fetch, connect to last byte
     * @param maxBytes     largest body read
     * @param allowPrivate whether private, loopback and link-local addresses may be fetched
     */
    public FeedFetcher(Duration timeout, long maxBytes, boolean allowPrivate) {
        this(timeout, maxBytes, allowPrivate, java.time.Clock.systemUTC());
    }

    /**
     * As {@link #FeedFetcher(Duration, long, boolean)}, reading a {@code Retry-After} date against {@code clock}.
     */
    public FeedFetcher(Duration timeout, long maxBytes, boolean allowPrivate, java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowPrivate = allowPrivate;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /**
     * Fetches {@code url}, conditionally when a validator is given.
     *
     * @param etag         the stored {@code ETag} sent as {@code If-None-Match}, or {@code null}
     * @param lastModified the stored {@code Last-Modified} sent as {@code If-Modified-Since}, or {@code null}
     */
    public Response fetch(String url, String etag, String lastModified) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri;
        try {
            uri = parse(url);
        } catch (IllegalArgumentException e) {
            return Response.failed(0, url, e.getMessage());
        }
        boolean permanent = true;
        for (int hop = 0; ; hop++) {
            String refused = refusal(uri);
            if (refused != null) {
                return Response.failed(0, uri.toString(), refused);
            }
            HttpResponse<InputStream> response;
            try {
                response = send(uri, etag, lastModified, deadline);
            } catch (HttpTimeoutException e) {
                return Response.failed(0, uri.toString(), "timed out after " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                return Response.failed(0, uri.toString(), "cannot fetch: " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Response.failed(0, uri.toString(), "interrupted");
            }
            int status = response.statusCode();
            var headers = response.headers();
            if (status == 304) {
                closeQuietly(response.body());
                return new Response(Kind.NOT_MODIFIED, status, null, null, headers.firstValue("etag").orElse(etag),
                        headers.firstValue("last-modified").orElse(lastModified), null,
                        permanent && hop > 0 ? uri.toString() : null, uri.toString(), null);
            }
            if (status >= 300 && status < 400) {
                closeQuietly(response.body());
                String location = headers.firstValue("location").orElse(null);
                if (location == null) {
                    return Response.failed(status, uri.toString(), "HTTP " + status + " redirect without a Location");
                }
                if (hop + 1 > MAX_REDIRECTS) {
                    return Response.failed(status, uri.toString(), "too many redirects (limit " + MAX_REDIRECTS + ")");
                }
                permanent &= status == 301 || status == 308;
                try {
                    uri = parse(uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    return Response.failed(status, uri.toString(), "bad redirect: " + e.getMessage());
                }
                continue;
            }
            String movedTo = permanent && hop > 0 ? uri.toString() : null;
            if (status == 429 || status == 503) {
                closeQuietly(response.body());
                return new Response(Kind.RETRY_LATER, status, null, null, null, null,
                        retryAfter(headers.firstValue("retry-after").orElse(null), clock.instant()), movedTo, uri.toString(),
                        "HTTP " + status);
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                return Response.failed(status, uri.toString(), "HTTP " + status);
            }
            long declared = headers.firstValueAsLong("content-length").orElse(-1);
            if (declared > maxBytes) {
                closeQuietly(response.body());
                return Response.failed(status, uri.toString(), "too large: " + declared + " bytes (limit " + maxBytes + ")");
            }
            byte[] body;
            try {
                body = readCapped(response.body(), deadline);
            } catch (IOException e) {
                return Response.failed(status, uri.toString(), e.getMessage());
            }
            return new Response(Kind.OK, status, body, headers.firstValue("content-type").orElse(null),
                    headers.firstValue("etag").orElse(null), headers.firstValue("last-modified").orElse(null), null,
                    movedTo, uri.toString(), null);
        }
    }

    /** A {@code Retry-After} value, seconds or an HTTP date (read against {@code now}); null when absent or unreadable. */
    static Duration retryAfter(String value, java.time.Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(now, when.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static URI parse(String url) {
        return AddressPolicy.httpUri(url);
    }

    /** Why {@code uri}'s host may not be fetched, or {@code null} when it may. */
    private String refusal(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return "unknown host: " + host;
        }
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!AddressPolicy.isPublic(address)) {
                String literal = address.getHostAddress();
                return "refused to fetch from a private, loopback or link-local address: "
                        + (bare.equals(literal) ? literal : host + " is " + literal) + " (use --allow-private to allow)";
            }
        }
        return null;
    }

    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified, long deadline)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private byte[] readCapped(InputStream body, long deadline) throws IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        // A stalled body blocks read(); closing the stream from a timer thread ends the wait.
        CompletableFuture.delayedExecutor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).execute(() -> {
            timedOut.set(true);
            closeQuietly(body);
        });
        try (body) {
            byte[] capped = body.readNBytes((int) (Math.min(Integer.MAX_VALUE - 16L, maxBytes) + 1));
            if (timedOut.get()) {
                throw new IOException("timed out after " + timeout.toMillis() + " ms");
            }
            if (capped.length > maxBytes) {
                throw new IOException("too large: more than " + maxBytes + " bytes");
            }
            return capped;
        } catch (IOException e) {
            throw new IOException(timedOut.get() ? "timed out after " + timeout.toMillis() + " ms"
                    : e.getMessage().startsWith("too large") ? e.getMessage() : "cannot read the response: " + e.getMessage());
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // best effort; the response is abandoned either way
        }
    }
}
