package org.synoptic.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * When the deep tier runs: a story that grew waits until it has not grown for the debounce time (so a burst of
 * reports costs one digest, not one per report), then the story that grew most recently goes first (the stories
 * readers open now are the ones that move). A story that grows while waiting waits again.
 *
 * <p>Thread-safe; its worker threads are daemons, stopped by {@link #close()}.
 */
final class DigestScheduler implements AutoCloseable {

    private final Map<String, Long> grown = new HashMap<>();
    private final Duration debounce;
    private final LongSupplier nanoTime;
    private final Consumer<String> digest;
    private final Thread[] workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;
    private volatile long startAfter;

    /**
     * @param threads  worker threads, at least 1
     * @param debounce how long a story must not grow before its digest runs
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     * @param digest   computes one story's digest; its failures are logged and the story waits for its next growth
     */
    DigestScheduler(int threads, Duration debounce, LongSupplier nanoTime, Consumer<String> digest) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.debounce = debounce;
        this.nanoTime = nanoTime;
        this.digest = digest;
        this.workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "synoptic-digest-" + (i + 1));
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            workers[i] = t;
        }
    }

    /** Starts the workers; returns this. */
    DigestScheduler start() {
        return start(Duration.ZERO);
    }

    /**
     * Starts the workers, which take their first story after {@code delay} (a restarting server answers requests
     * before the deep tier takes the processors); returns this.
     */
    DigestScheduler start(Duration delay) {
        this.startAfter = System.nanoTime() + delay.toNanos();
        for (Thread t : workers) {
            t.start();
        }
        return this;
    }

    /** Notes that the story grew now: its digest is due once it has been quiet for the debounce time. */
    void grew(String storyId) {
        synchronized (grown) {
            grown.put(storyId, nanoTime.getAsLong());
            grown.notifyAll();
        }
    }

    /** Forgets a story (merged away or dropped). */
    void forget(String storyId) {
        synchronized (grown) {
            grown.remove(storyId);
        }
    }

    /** Stories waiting for a digest, not counting those being computed. */
    int pending() {
        synchronized (grown) {
            return grown.size();
        }
    }

    /** Waits until nothing waits or runs, at most {@code timeout}; true when idle. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending() > 0 || inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void work() {
        try {
            synchronized (grown) { // closing wakes a worker still waiting for its start
                long wait;
                while (!closed && (wait = startAfter - System.nanoTime()) > 0) {
                    grown.wait(Math.max(1, wait / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            return;
        }
        while (!closed) {
            String next;
            try {
                next = take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                return;
            }
            try {
                digest.accept(next);
            } catch (RuntimeException e) {
                if (closed) {
                    return; // a digest that outlived closing failed on the closed store; the next open schedules it
                }
                // one story's failing digest must not stop the others; it is retried when the story grows
                System.getLogger(DigestScheduler.class.getName()).log(System.Logger.Level.WARNING,
                        "digest of story " + next + " failed", e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /** The due story that grew last, waiting until one is due; null when closed. */
    private String take() throws InterruptedException {
        synchronized (grown) {
            while (!closed) {
                long now = nanoTime.getAsLong();
                String best = null;
                long bestGrowth = Long.MIN_VALUE;
                long earliestDue = Long.MAX_VALUE;
                for (Map.Entry<String, Long> e : grown.entrySet()) {
                    long due = e.getValue() + debounce.toNanos();
                    if (due - now <= 0) {
                        if (best == null || e.getValue() > bestGrowth) {
                            best = e.getKey();
                            bestGrowth = e.getValue();
                        }
                    } else {
                        earliestDue = Math.min(earliestDue, due);
                    }
                }
                if (best != null) {
                    grown.remove(best);
                    inFlight.incrementAndGet();
                    return best;
                }
                long waitMillis = earliestDue == Long.MAX_VALUE ? 1000 : Math.max(1, (earliestDue - now) / 1_000_000);
                grown.wait(Math.min(waitMillis, 1000));
            }
            return null;
        }
    }

    /**
     * Stops the workers: none takes another story, and the digest in progress is finished, waited for up to
     * {@code timeout}. Workers are not interrupted: an interrupt that lands while a digest writes to the store's
     * Lucene index closes the file channel under the write, the index writer fails and releases its lock, and the
     * store's closing commit then finds the lock invalid. A digest still running at the timeout fails on the closed
     * store when it writes, and the next open schedules it again.
     */
    void close(Duration timeout) {
        closed = true;
        synchronized (grown) {
            grown.notifyAll();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
