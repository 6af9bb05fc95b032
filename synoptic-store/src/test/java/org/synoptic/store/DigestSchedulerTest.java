package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on an injected clock, with digesters that record or block until released: no assertion depends on
 * how fast the machine is (a wait for work to happen is bounded generously; "nothing happened" is checked after a
 * pause, which a slow machine can only make pass, never fail).
 */
class DigestSchedulerTest {

    /** A digester that records each story and blocks until {@link #release()}; {@link #entered} counts the starts. */
    static final class Gate implements Consumer<String> {
        final List<String> started = new CopyOnWriteArrayList<>();
        final Semaphore entered = new Semaphore(0);
        final CountDownLatch released = new CountDownLatch(1);
        final Set<String> failing = ConcurrentHashMap.newKeySet();

        @Override
        public void accept(String story) {
            started.add(story);
            entered.release();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing.contains(story)) {
                throw new IllegalStateException("digest of " + story + " failed on purpose");
            }
        }

        void awaitEntered(int n) throws InterruptedException {
            assertThat(entered.tryAcquire(n, 60, TimeUnit.SECONDS)).as("%d digests started", n).isTrue();
        }

        void release() {
            released.countDown();
        }
    }

    @Test
    void waitsForTheDebounceThenTakesTheNewestGrowthFirstAndDigestsABurstOnce() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), now::get, order::add)) {
            scheduler.grew("old");
            now.set(Duration.ofMillis(500).toNanos());
            scheduler.grew("new");
            scheduler.grew("new"); // a burst: one digest
            scheduler.start();
            Thread.sleep(200);
            assertThat(order).as("nothing before the debounce").isEmpty();
            now.set(Duration.ofSeconds(10).toNanos());
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(order).containsExactly("new", "old");
        }
    }

    @Test
    void aStoryThatKeepsGrowingWaits() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), now::get, order::add).start()) {
            scheduler.grew("s");
            now.set(Duration.ofSeconds(1).toNanos());
            scheduler.grew("s");
            now.set(Duration.ofMillis(2500).toNanos()); // 2.5 s after the first growth, 1.5 s after the last
            Thread.sleep(200);
            assertThat(order).isEmpty();
            assertThat(scheduler.pending()).isEqualTo(1);
            now.set(Duration.ofSeconds(4).toNanos());
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(order).containsExactly("s");
        }
    }

    @Test
    void aBurstOfGrowthsCostsOneDigestAndIsCountedAsCoalesced() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), now::get, order::add)) {
            for (int i = 0; i < 5; i++) {
                scheduler.grew("s");
            }
            assertThat(scheduler.stats().coalesced()).isEqualTo(4);
            scheduler.start();
            now.set(Duration.ofSeconds(10).toNanos());
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(order).containsExactly("s");
        }
    }

    @Test
    void aFullQueueShedsTheStoryThatGrewLongestAgoAndCountsIt() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), Duration.ofSeconds(30), 3, 4,
                now::get, order::add)) {
            for (String s : List.of("a", "b", "c")) {
                now.addAndGet(1_000_000);
                scheduler.grew(s);
            }
            now.addAndGet(1_000_000);
            scheduler.grew("a"); // a moves again: b is now the one that grew longest ago
            now.addAndGet(1_000_000);
            scheduler.grew("d");
            assertThat(scheduler.stats().pending()).isEqualTo(3);
            assertThat(scheduler.stats().shed()).isEqualTo(1);
            now.addAndGet(1_000_000);
            scheduler.due("b"); // read with its stale digest: queued again, shedding the next oldest (c)
            assertThat(scheduler.stats().shed()).isEqualTo(2);
            scheduler.start();
            now.set(Duration.ofSeconds(10).toNanos());
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(order).containsExactly("b", "d", "a");
        }
    }

    @Test
    void readsOfAWaitingStoryNeitherPostponeItNorCountAsGrowths() throws Exception {
        AtomicLong now = new AtomicLong();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), now::get, s -> { })) {
            scheduler.grew("s");
            now.set(Duration.ofSeconds(1).toNanos());
            scheduler.due("s");
            assertThat(scheduler.stats().coalesced()).isZero();
            scheduler.start();
            now.set(Duration.ofMillis(2100).toNanos()); // due 2 s after its growth, not 2 s after the read
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void aStoryThatNeverStopsGrowingGetsItsDigestAfterTheLongestWait() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), Duration.ofSeconds(30), 10, 4,
                now::get, order::add).start()) {
            for (int second = 0; second < 30; second++) { // a report every second: never quiet for 2 s
                now.set(Duration.ofSeconds(second).toNanos());
                scheduler.grew("hot");
            }
            Thread.sleep(200);
            assertThat(order).as("not before 30 s").isEmpty();
            now.set(Duration.ofSeconds(30).toNanos());
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(order).containsExactly("hot");
        }
    }

    @Test
    void aStoryAskedForOnDemandGoesFirstPastTheDebounceAndTheStartDelay() throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> order = new CopyOnWriteArrayList<>();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofMinutes(5), now::get, order::add)
                .start(Duration.ofHours(1))) {
            scheduler.grew("background");
            scheduler.urgent("asked").get(60, TimeUnit.SECONDS);
            assertThat(order).containsExactly("asked");
            assertThat(scheduler.pending()).isEqualTo(1);
        }
    }

    @Test
    void aRequestWhoseBudgetRunsOutIsAnsweredAndTheDigestGoesOnOnce() throws Exception {
        Gate gate = new Gate();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), System::nanoTime, gate).start()) {
            // the digester blocks until released: the budget runs out whatever the machine's speed
            assertThatThrownBy(() -> scheduler.awaitUrgent("slow", Duration.ofMillis(50)))
                    .isInstanceOfSatisfying(DigestPendingException.class, e -> {
                        assertThat(e.refused()).isFalse();
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                        assertThat(e.getMessage()).contains("slow").contains("try again");
                    });
            gate.awaitEntered(1);
            assertThatThrownBy(() -> scheduler.awaitUrgent("slow", Duration.ofMillis(50))).isInstanceOf(DigestPendingException.class);
            assertThat(scheduler.stats().running()).isEqualTo(1);
            CompletableFuture<Void> waiting = scheduler.urgent("slow");
            gate.release();
            waiting.get(60, TimeUnit.SECONDS);
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(gate.started).as("requests for one story share one run").containsExactly("slow");
            scheduler.awaitUrgent("slow", Duration.ofSeconds(60)); // runs again (the store's digest skips a current one)
            assertThat(gate.started).containsExactly("slow", "slow");
        }
    }

    @Test
    void onDemandRequestsBeyondTheBoundAreRefusedAndCounted() throws Exception {
        Gate gate = new Gate();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ofSeconds(2), Duration.ofSeconds(30), 10, 1,
                System::nanoTime, gate).start()) {
            scheduler.urgent("a");
            gate.awaitEntered(1);
            scheduler.urgent("b");
            gate.awaitEntered(1); // both workers busy: the on-demand one and the background one
            CompletableFuture<Void> c = scheduler.urgent("c");
            assertThatThrownBy(() -> scheduler.urgent("d")).isInstanceOf(RejectedExecutionException.class);
            assertThatThrownBy(() -> scheduler.awaitUrgent("e", Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(DigestPendingException.class, e -> assertThat(e.refused()).isTrue());
            assertThat(scheduler.urgent("c")).as("a story already waiting joins").isSameAs(c);
            assertThat(scheduler.stats().refused()).isEqualTo(2);
            gate.release();
            c.get(60, TimeUnit.SECONDS);
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(gate.started).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void aStoryIsNeverDigestedByTwoWorkersAtOnce() throws Exception {
        Gate gate = new Gate();
        try (DigestScheduler scheduler = new DigestScheduler(2, Duration.ZERO, System::nanoTime, gate).start()) {
            scheduler.grew("s");
            gate.awaitEntered(1);
            scheduler.grew("s"); // grew while its digest runs: waits for that run, though a worker is free
            Thread.sleep(300);
            assertThat(gate.started).containsExactly("s");
            assertThat(scheduler.pending()).isEqualTo(1);
            gate.release();
            assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(gate.started).containsExactly("s", "s");
        }
    }

    @Test
    void aFailedDigestFailsItsRequestsIsCountedAndTheOthersGoOn() throws Exception {
        Gate gate = new Gate();
        gate.failing.add("bad");
        gate.release();
        try (DigestScheduler scheduler = new DigestScheduler(1, Duration.ZERO, System::nanoTime, gate).start()) {
            CompletableFuture<Void> bad = scheduler.urgent("bad");
            assertThatThrownBy(() -> bad.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("the digest of story bad failed");
            scheduler.urgent("good").get(60, TimeUnit.SECONDS);
            assertThat(scheduler.stats().failed()).isEqualTo(1);
        }
    }

    @Test
    void closingFailsTheRequestsStillWaiting() throws Exception {
        Gate gate = new Gate();
        DigestScheduler scheduler = new DigestScheduler(1, Duration.ZERO, System::nanoTime, gate).start();
        scheduler.urgent("a");
        scheduler.urgent("b");
        gate.awaitEntered(2);
        CompletableFuture<Void> c = scheduler.urgent("c");
        gate.release();
        scheduler.close(Duration.ofSeconds(30));
        // c either ran before the workers saw the close, or its request failed: it never hangs
        assertThat(c).isDone();
    }
}
