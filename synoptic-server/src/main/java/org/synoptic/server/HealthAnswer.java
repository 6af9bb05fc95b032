package org.synoptic.server;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.synoptic.store.StoryRepository;

/**
 * The answer of {@code /health}: liveness and readiness. 200 with {@code "state": "opening"} while the store opens
 * (no counts yet), 200 with {@code "ready"} and the counts once it is open, 503 with {@code "failed"} when it could
 * not be opened. While the store cannot write (a full disk) it still answers 200, with {@code "status": "degraded"}
 * and the {@code reason}: reads work; the status is {@code "ok"} again after the next successful write. Never waits
 * for the store. The JSON is written by hand, so a starting server answers before Jackson is loaded.
 *
 * @param status the HTTP status
 * @param body   the JSON object
 */
record HealthAnswer(int status, String body) {

    static HealthAnswer of(CompletableFuture<? extends StoryRepository> store) {
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
            Optional<String> problem = s.writeProblem();
            b.append("\"status\":\"").append(problem.isPresent() ? "degraded" : "ok").append('"');
            problem.ifPresent(p -> b.append(",\"reason\":").append(jsonString("writes fail: " + p)));
            b.append(",\"state\":\"ready\",\"articles\":").append(s.articleCount())
                    .append(",\"stories\":").append(s.storyCount())
                    .append(",\"pendingDigests\":").append(s.pendingDigests());
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
