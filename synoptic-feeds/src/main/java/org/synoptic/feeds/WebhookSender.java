package org.synoptic.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.synoptic.ingest.AddressPolicy;

/**
 * Delivers alerts to webhooks: a POST of the alert as JSON with the header {@value #SIGNATURE_HEADER}:
 * {@code sha256=<hex HMAC-SHA256 of the body with the watch's secret>}, so the receiver can check it came from us.
 * A delivery that fails (no 2xx, no answer within 10 s) is retried after {@link #BACKOFF} (1 s, 4 s, 16 s, 64 s);
 * every attempt is reported to the log consumer. The target must pass {@link AddressPolicy} unless private addresses
 * are allowed. Thread-safe; attempts run on one background thread.
 */
public final class WebhookSender implements AutoCloseable {

    static final String SIGNATURE_HEADER = "X-Synoptic-Signature";
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(16),
            Duration.ofSeconds(64));

    /**
     * One attempt.
     *
     * @param alertId the alert delivered
     * @param attempt 1 for the first try
     * @param at      when it ended
     * @param status  the HTTP status, 0 when none came
     * @param error   why it failed, or {@code null} when delivered
     */
    public record Delivery(String alertId, int attempt, Instant at, int status, String error) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "synoptic-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final boolean allowPrivate;
    private final Clock clock;

    WebhookSender(boolean allowPrivate, Clock clock) {
        this.allowPrivate = allowPrivate;
        this.clock = clock;
    }

    /** Sends {@code body} to the watch's webhook now and retries in the background; each attempt goes to {@code log}. */
    void send(Watch watch, String alertId, byte[] body, Consumer<Delivery> log) {
        retries.execute(() -> attempt(watch, alertId, body, 1, log));
    }

    private void attempt(Watch watch, String alertId, byte[] body, int attempt, Consumer<Delivery> log) {
        int status = 0;
        String error;
        try {
            URI uri = URI.create(watch.webhook());
            if (!allowPrivate) {
                for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                    if (!AddressPolicy.isPublic(a)) {
                        throw new java.io.IOException("refused to post to a private, loopback or link-local address: "
                                + a.getHostAddress() + " (use --allow-private to allow)");
                    }
                }
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", FeedFetcher.USER_AGENT)
                    .header(SIGNATURE_HEADER, "sha256=" + hmac(watch.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        log.accept(new Delivery(alertId, attempt, clock.instant(), status, error));
        if (error != null && attempt <= BACKOFF.size() && !retries.isShutdown()) {
            retries.schedule(() -> attempt(watch, alertId, body, attempt + 1, log),
                    BACKOFF.get(attempt - 1).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The hex HMAC-SHA256 of {@code body} with {@code secret}. */
    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops retrying; deliveries still due are dropped (their attempts so far are logged). */
    @Override
    public void close() {
        retries.shutdownNow();
    }
}
