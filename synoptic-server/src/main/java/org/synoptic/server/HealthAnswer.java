package org.synoptic.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreCounters;
import org.synoptic.store.StoryRepository;

/**
 * The answer of {@code /health}: liveness and readiness. 200 with {@code "state": "opening"} while the store opens
 * (no counts yet), 200 with {@code "ready"} and the counts once it is open, 503 with {@code "failed"} when it could
 * not be opened. While the store cannot write (a full disk) it still answers 200, with {@code "status": "degraded"}
 * and the {@code reason}: reads work; the status is {@code "ok"} again after the next successful write. So it does
 * while {@value #PENDING_DEGRADED} or more stories wait for their digest ({@code "degraded: N digests pending"}: the
 * deep tier does not keep up, digests served are stale, and beyond the queue's bound stories are shed), with
 * {@code pendingDigests}, {@code runningDigests} and {@code shedDigests}. Never waits for the store. The JSON is
 * written by hand, so a starting server answers before Jackson is loaded.
 *
 * @param status the HTTP status
 * @param body   the JSON object
 */
record HealthAnswer(int status, String body) {

    /** Stories waiting for a digest from which on the server reports itself degraded. */
    static final int PENDING_DEGRADED = 100;

    static HealthAnswer of(CompletableFuture<? extends StoryRepository> store) {
        return of(store, PENDING_DEGRADED);
    }

    /** The answer, degraded from {@code pendingDegraded} waiting digests on. */
    static HealthAnswer of(CompletableFuture<? extends StoryRepository> store, int pendingDegraded) {
        StringBuilder b = new StringBuilder("{");
        int status = 200;
        if (!store.isDone()) {
            b.append("\"status\":\"ok\",\"state\":\"opening\"");
        } else if (store.isCompletedExceptionally()) {
            String message = "the store failed to open: " + store.handle((s, e) -> e == null ? "" : rootMessage(e)).join();
            b.append("\"status\":\"failed\",\"state\":\"failed\",\"message\":").append(jsonString(message));
            status = 503;
        } else {
            StoryRepository s = store.join();
            // the single-JVM store counts what its digest queue runs and sheds; a read-only repository queues none
            StoreCounters c = s instanceof ArticleStore a ? a.counters() : null;
            int pending = c == null ? s.pendingDigests() : c.pendingDigests();
            long running = c == null ? 0 : c.runningDigests();
            long shed = c == null ? 0 : c.shedDigests();
            List<String> reasons = new ArrayList<>();
            s.writeProblem().ifPresent(p -> reasons.add("writes fail: " + p));
            if (pending >= pendingDegraded) {
                reasons.add(pending + " digests pending" + (shed > 0 ? ", " + shed + " shed" : ""));
            }
            b.append("\"status\":\"").append(reasons.isEmpty() ? "ok" : "degraded").append('"');
            if (!reasons.isEmpty()) {
                b.append(",\"reason\":").append(jsonString(String.join("; ", reasons)));
            }
            b.append(",\"state\":\"ready\",\"articles\":").append(s.articleCount())
                    .append(",\"stories\":").append(s.storyCount())
                    .append(",\"pendingDigests\":").append(pending)
                    .append(",\"runningDigests\":").append(running)
                    .append(",\"shedDigests\":").append(shed);
        }
        return new HealthAnswer(status, b.append('}').toString());
    }

    /** A JSON string literal. */
    static String jsonString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
