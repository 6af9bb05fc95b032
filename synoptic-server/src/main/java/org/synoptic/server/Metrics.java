package org.synoptic.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreCounters;
import org.synoptic.store.StoryRepository;

/**
 * Request counters and latencies per route and status, written in the Prometheus text format with the store's
 * counters. Thread-safe.
 */
final class Metrics {

    private record Key(String method, String route, int status) {
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder overBudget = new LongAdder();

    /**
     * Counts a request answered 503 because no digest was ready within its budget; {@code refused} ones (the deep
     * tier had too many on demand) are counted by the store.
     */
    void overBudget(boolean refused) {
        if (!refused) {
            overBudget.increment();
        }
    }

    void record(String method, String route, int status, long elapsedNanos) {
        requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
        String r = method + " " + route;
        nanos.computeIfAbsent(r, k -> new LongAdder()).add(elapsedNanos);
        counts.computeIfAbsent(r, k -> new LongAdder()).increment();
    }

    /** The metrics; the write counters only where the repository is the single-JVM store, which writes. */
    String render(StoryRepository repository) {
        StringBuilder out = new StringBuilder();
        gauge(out, "synoptic_articles", "Articles in the store.", repository.articleCount());
        gauge(out, "synoptic_stories", "Stories in the store.", repository.storyCount());
        gauge(out, "synoptic_digests_pending", "Stories waiting for their digest.", repository.pendingDigests());
        counter(out, "synoptic_digest_requests_over_budget_total",
                "Requests answered 503 because their story's digest was not ready within the request budget.", overBudget.sum());
        if (repository instanceof ArticleStore store) {
            storeCounters(out, store);
        }
        appendRequests(out);
        return out.toString();
    }

    private static void storeCounters(StringBuilder out, ArticleStore store) {
        StoreCounters c = store.counters();
        gauge(out, "synoptic_digests_running", "Digests being computed now.", c.runningDigests());
        counter(out, "synoptic_digests_shed_total",
                "Stories dropped from the full digest queue since start; their digest stays stale until they grow or are read.",
                c.shedDigests());
        counter(out, "synoptic_digests_failed_total", "Digests that failed since start.", c.failedDigests());
        counter(out, "synoptic_digest_growths_coalesced_total",
                "Growths of a story already waiting for its digest since start, which cost no digest of their own.",
                c.coalescedGrowths());
        counter(out, "synoptic_digest_requests_refused_total",
                "Requests for a digest on demand refused (503) because too many waited on demand.", c.refusedDigests());
        counter(out, "synoptic_ingested_articles_total", "Articles stored since start.", c.stored());
        counter(out, "synoptic_duplicate_articles_total", "Articles recognised as already stored since start.", c.duplicates());
        counter(out, "synoptic_near_copy_articles_total", "Articles placed in the story of the recent report they nearly copy since start.", c.nearCopies());
        counter(out, "synoptic_digests_computed_total", "Story digests computed since start.", c.digests());
        counter(out, "synoptic_failed_writes_total", "Writes that failed (a full disk) and reset the store to its last commit.",
                c.failedWrites());
        gauge(out, "synoptic_store_writable", "1 while the store writes, 0 after a failed write until one succeeds.",
                store.writeProblem().isPresent() ? 0 : 1);
    }

    private void appendRequests(StringBuilder out) {
        out.append("# HELP synoptic_http_requests_total HTTP requests by method, route and status.\n")
                .append("# TYPE synoptic_http_requests_total counter\n");
        Map<Key, LongAdder> sorted = new TreeMap<>((a, b) -> (a.route + a.method + a.status).compareTo(b.route + b.method + b.status));
        sorted.putAll(requests);
        sorted.forEach((k, v) -> out.append("synoptic_http_requests_total{method=\"").append(k.method).append("\",route=\"")
                .append(label(k.route)).append("\",status=\"").append(k.status).append("\"} ").append(v.sum()).append('\n'));
        out.append("# HELP synoptic_http_request_seconds Time to answer, by method and route.\n")
                .append("# TYPE synoptic_http_request_seconds summary\n");
        new TreeMap<>(counts).forEach((r, n) -> {
            int space = r.indexOf(' ');
            String labels = "{method=\"" + r.substring(0, space) + "\",route=\"" + label(r.substring(space + 1)) + "\"}";
            out.append("synoptic_http_request_seconds_sum").append(labels).append(' ')
                    .append(nanos.get(r).sum() / 1e9).append('\n');
            out.append("synoptic_http_request_seconds_count").append(labels).append(' ').append(n.sum()).append('\n');
        });
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
