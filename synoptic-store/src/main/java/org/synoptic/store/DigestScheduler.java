package org.synoptic.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * When the deep tier runs, and how much of it may wait.
 *
 * <p><b>In the background.</b> A story that grew waits until it has not grown for the debounce time (so a burst of
 * reports costs one digest, not one per report: the growths that joined a waiting story are counted as
 * {@code coalesced}), or until it first grew {@code maxWait} ago (a story that never stops growing still gets its
 * digest); then the story that grew most recently goes first (the stories readers open now are the ones that move).
 * A story is never digested by two workers at once: one that grows while its digest runs waits for that run to end.
 *
 * <p><b>A bounded backlog.</b> At most {@code maxPending} stories wait. When one more grows, the waiting story that
 * grew longest ago is shed: it leaves the queue and is counted ({@code shed}); its stored digest, if any, stays and
 * says by its version that it is stale, and the story is queued again when it grows or is read.
 *
 * <p><b>On demand.</b> {@link #urgent(String)} puts a story before every background story, past the debounce and the
 * start delay, and returns a future completed when its digest has run: a request waits on it for its time budget
 * only, and the digest goes on when the request has given up. Requests for one story share one run. One worker
 * takes only stories asked for on demand, so a request never waits behind a long background digest. At most
 * {@code maxUrgent} stories wait on demand; more are refused ({@link RejectedExecutionException}) and counted
 * ({@code refused}).
 *
 * <p>Thread-safe; its worker threads are daemons, stopped by {@link #close()}.
 */
final class DigestScheduler implements AutoCloseable {

    /** How long a story that keeps growing may wait for its digest. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    /** Stories that may wait on demand at once; more requests are refused. */
    static final int MAX_URGENT = 32;

    /**
     * What the scheduler holds and has done since it was made.
     *
     * @param pending   stories waiting for a digest, not counting those being computed
     * @param running   digests being computed now
     * @param shed      stories dropped from a full queue (their digest stays stale until they grow or are read)
     * @param refused   requests on demand refused because {@code maxUrgent} stories already waited on demand
     * @param failed    digests that threw
     * @param coalesced growths that joined a story already waiting, so they cost no digest of their own
     */
    record Stats(int pending, int running, long shed, long refused, long failed, long coalesced) {
    }

    /** A story waiting for its digest. Guarded by the scheduler's lock. */
    private static final class Waiting {
        final long firstGrowth;
        long lastGrowth;
        /** Order among stories asked for on demand; -1 for a background story. */
        long urgentOrder = -1;

        Waiting(long now) {
            this.firstGrowth = now;
            this.lastGrowth = now;
        }

        boolean urgent() {
            return urgentOrder >= 0;
        }
    }

    private final Object lock = new Object();
    private final Map<String, Waiting> waiting = new HashMap<>();
    private final Set<String> running = new HashSet<>();
    /** Futures of on-demand requests by story, completed when the story's next run ends. */
    private final Map<String, CompletableFuture<Void>> waiters = new HashMap<>();
    private int urgentWaiting;
    private long urgentOrder;
    private long shed;
    private long refused;
    private long failed;
    private long coalesced;

    private final Duration debounce;
    private final Duration maxWait;
    private final int maxPending;
    private final int maxUrgent;
    private final LongSupplier nanoTime;
    private final Consumer<String> digest;
    private final Thread[] workers;
    private volatile boolean closed;
    private volatile long startAfter;

    /** A scheduler with the default bounds: {@link #MAX_WAIT}, 500 stories waiting, {@link #MAX_URGENT} on demand. */
    DigestScheduler(int threads, Duration debounce, LongSupplier nanoTime, Consumer<String> digest) {
        this(threads, debounce, MAX_WAIT, StoreOptions.DEFAULT_MAX_PENDING_DIGESTS, MAX_URGENT, nanoTime, digest);
    }

    /**
     * @param threads    background worker threads, at least 1 (one more thread takes only on-demand stories)
     * @param debounce   how long a story must not grow before its digest runs
     * @param maxWait    how long after its first growth a story's digest runs even if it keeps growing
     * @param maxPending stories that may wait, at least 1; more shed the one that grew longest ago
     * @param maxUrgent  stories that may wait on demand, at least 1; more requests are refused
     * @param nanoTime   the clock of growths, {@code System::nanoTime} outside tests
     * @param digest     computes one story's digest; its failures are logged, counted, handed to the story's on-demand
     *                   requests, and the story waits for its next growth
     */
    DigestScheduler(int threads, Duration debounce, Duration maxWait, int maxPending, int maxUrgent, LongSupplier nanoTime,
                    Consumer<String> digest) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxPending < 1 || maxUrgent < 1) {
            throw new IllegalArgumentException("maxPending and maxUrgent must be at least 1: " + maxPending + ", " + maxUrgent);
        }
        this.debounce = debounce;
        this.maxWait = maxWait;
        this.maxPending = maxPending;
        this.maxUrgent = maxUrgent;
        this.nanoTime = nanoTime;
        this.digest = digest;
        this.workers = new Thread[threads + 1];
        for (int i = 0; i <= threads; i++) {
            boolean urgentOnly = i == threads;
            Thread t = new Thread(() -> work(urgentOnly), urgentOnly ? "synoptic-digest-now" : "synoptic-digest-" + (i + 1));
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
     * Starts the workers, which take their first background story after {@code delay} (a restarting server answers
     * requests before the deep tier takes the processors; stories asked for on demand do not wait); returns this.
     */
    DigestScheduler start(Duration delay) {
        this.startAfter = System.nanoTime() + delay.toNanos();
        for (Thread t : workers) {
            t.start();
        }
        return this;
    }

    /**
     * Notes that the story grew now: its digest is due once it has been quiet for the debounce time. When this makes
     * more than {@code maxPending} stories wait, the background story that grew longest ago is shed.
     */
    void grew(String storyId) {
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            Waiting w = waiting.get(storyId);
            if (w != null) {
                w.lastGrowth = now;
                coalesced++;
            } else {
                waiting.put(storyId, new Waiting(now));
                shedBeyondCapacity();
            }
            lock.notifyAll();
        }
    }

    /**
     * Asks for the story's digest now: before every background story, without the debounce. The future completes
     * when a run of the story's digest ends (one already running counts), exceptionally when it failed or the
     * scheduler closed. Requests for one story share one future.
     *
     * @throws RejectedExecutionException when {@code maxUrgent} other stories already wait on demand
     */
    CompletableFuture<Void> urgent(String storyId) {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the store is closed"));
            }
            CompletableFuture<Void> shared = waiters.get(storyId);
            if (shared != null) {
                return shared;
            }
            if (!running.contains(storyId)) {
                Waiting w = waiting.get(storyId);
                if (w == null || !w.urgent()) {
                    if (urgentWaiting >= maxUrgent) {
                        refused++;
                        throw new RejectedExecutionException("the deep tier is busy: " + urgentWaiting
                                + " stories already wait for a digest on demand");
                    }
                    if (w == null) {
                        w = new Waiting(nanoTime.getAsLong());
                        waiting.put(storyId, w);
                    }
                    w.urgentOrder = urgentOrder++;
                    urgentWaiting++;
                    shedBeyondCapacity();
                }
            }
            CompletableFuture<Void> future = new CompletableFuture<>();
            waiters.put(storyId, future);
            lock.notifyAll();
            return future;
        }
    }

    /**
     * Notes that a story read with a stale digest needs its current one: queued as grown now when it does not wait
     * (it was shed, or its growth was seen before the last run); left as it is when it waits, so reads neither
     * postpone nor count as growths.
     */
    void due(String storyId) {
        synchronized (lock) {
            if (!waiting.containsKey(storyId)) {
                waiting.put(storyId, new Waiting(nanoTime.getAsLong()));
                shedBeyondCapacity();
                lock.notifyAll();
            }
        }
    }

    /**
     * Asks for the story's digest on demand ({@link #urgent}) and waits for its run at most {@code budget}; the run
     * goes on when the budget has run out.
     *
     * @throws DigestPendingException when the budget ran out, or the story was refused
     * @throws IllegalStateException  when the run failed or the scheduler closed
     */
    void awaitUrgent(String storyId, Duration budget) {
        CompletableFuture<Void> run;
        try {
            run = urgent(storyId);
        } catch (RejectedExecutionException e) {
            throw new DigestPendingException(storyId, budget, true, e.getMessage() + "; try again shortly");
        }
        try {
            run.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new DigestPendingException(storyId, budget, false, "the digest of story " + storyId
                    + " is being computed and was not ready within " + budget.toMillis() + " ms; try again shortly");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DigestPendingException(storyId, budget, false, "interrupted while the digest of story " + storyId
                    + " is computed");
        }
    }

    /** Forgets a story (merged away or dropped); its on-demand requests, if it is not running, are answered. */
    void forget(String storyId) {
        CompletableFuture<Void> answered = null;
        synchronized (lock) {
            Waiting w = waiting.remove(storyId);
            if (w != null && w.urgent()) {
                urgentWaiting--;
            }
            if (!running.contains(storyId)) {
                answered = waiters.remove(storyId);
            }
        }
        if (answered != null) {
            answered.complete(null);
        }
    }

    /** Stories waiting for a digest, not counting those being computed. */
    int pending() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /** What the scheduler holds now and its counts since it was made. */
    Stats stats() {
        synchronized (lock) {
            return new Stats(waiting.size(), running.size(), shed, refused, failed, coalesced);
        }
    }

    /** Waits until nothing waits or runs, at most {@code timeout}; true when idle. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (lock) {
                if (waiting.isEmpty() && running.isEmpty()) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
    }

    /** Sheds the background story that grew longest ago while more than {@code maxPending} wait. Holds the lock. */
    private void shedBeyondCapacity() {
        while (waiting.size() > maxPending) {
            String oldest = null;
            long oldestGrowth = Long.MAX_VALUE;
            for (Map.Entry<String, Waiting> e : waiting.entrySet()) {
                Waiting w = e.getValue();
                if (!w.urgent() && (oldest == null || w.lastGrowth - oldestGrowth < 0)) {
                    oldest = e.getKey();
                    oldestGrowth = w.lastGrowth;
                }
            }
            if (oldest == null) {
                return; // only on-demand stories wait: those are bounded by maxUrgent
            }
            waiting.remove(oldest);
            shed++;
        }
    }

    private void work(boolean urgentOnly) {
        while (!closed) {
            String next;
            try {
                next = take(urgentOnly);
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                return;
            }
            boolean done = false;
            try {
                digest.accept(next);
                done = true;
            } catch (RuntimeException e) {
                if (!closed) {
                    // one story's failing digest must not stop the others; it is retried when the story grows
                    System.getLogger(DigestScheduler.class.getName()).log(System.Logger.Level.WARNING,
                            "digest of story " + next + " failed", e);
                }
                // a digest that outlived closing failed on the closed store; the next open schedules it
            } finally {
                finished(next, done);
            }
        }
    }

    /** Ends a story's run: it may be taken again, and its on-demand requests are answered. */
    private void finished(String storyId, boolean done) {
        CompletableFuture<Void> answered;
        synchronized (lock) {
            running.remove(storyId);
            if (!done) {
                failed++;
            }
            answered = waiters.remove(storyId);
            lock.notifyAll();
        }
        if (answered != null) {
            if (done) {
                answered.complete(null);
            } else {
                answered.completeExceptionally(new IllegalStateException("the digest of story " + storyId + " failed"));
            }
        }
    }

    /**
     * The next story to digest, waiting until one is due: the story asked for on demand first, else (unless
     * {@code urgentOnly}, and once started) the due background story that grew last; null when closed.
     */
    private String take(boolean urgentOnly) throws InterruptedException {
        synchronized (lock) {
            while (!closed) {
                long now = nanoTime.getAsLong();
                long untilStart = startAfter - System.nanoTime();
                boolean background = !urgentOnly && untilStart <= 0;
                String urgent = null;
                long urgentFirst = Long.MAX_VALUE;
                String best = null;
                long bestGrowth = Long.MIN_VALUE;
                long earliestDue = Long.MAX_VALUE;
                for (Map.Entry<String, Waiting> e : waiting.entrySet()) {
                    Waiting w = e.getValue();
                    if (running.contains(e.getKey())) {
                        continue; // waits for its run to end
                    }
                    if (w.urgent()) {
                        if (w.urgentOrder < urgentFirst) {
                            urgent = e.getKey();
                            urgentFirst = w.urgentOrder;
                        }
                    } else if (background) {
                        long due = Math.min(w.lastGrowth + debounce.toNanos(), w.firstGrowth + maxWait.toNanos());
                        if (due - now <= 0) {
                            if (best == null || w.lastGrowth - bestGrowth > 0) {
                                best = e.getKey();
                                bestGrowth = w.lastGrowth;
                            }
                        } else {
                            earliestDue = Math.min(earliestDue, due);
                        }
                    }
                }
                String next = urgent != null ? urgent : best;
                if (next != null) {
                    if (waiting.remove(next).urgent()) {
                        urgentWaiting--;
                    }
                    running.add(next);
                    return next;
                }
                long waitMillis = 1000;
                if (earliestDue != Long.MAX_VALUE) {
                    waitMillis = Math.max(1, (earliestDue - now) / 1_000_000);
                }
                if (!urgentOnly && untilStart > 0) {
                    waitMillis = Math.min(waitMillis, Math.max(1, untilStart / 1_000_000));
                }
                lock.wait(Math.min(waitMillis, 1000)); // the injected clock may move without a notification
            }
            return null;
        }
    }

    /**
     * Stops the workers: none takes another story, the on-demand requests still waiting fail, and the digest in
     * progress is finished, waited for up to {@code timeout}. Workers are not interrupted: an interrupt that lands
     * while a digest writes to the store's Lucene index closes the file channel under the write, the index writer
     * fails and releases its lock, and the store's closing commit then finds the lock invalid. A digest still running
     * at the timeout fails on the closed store when it writes, and the next open schedules it again.
     */
    void close(Duration timeout) {
        List<CompletableFuture<Void>> answered;
        synchronized (lock) {
            closed = true;
            answered = new ArrayList<>(waiters.values());
            waiters.clear();
            lock.notifyAll();
        }
        answered.forEach(f -> f.completeExceptionally(new IllegalStateException("the store is closed")));
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
