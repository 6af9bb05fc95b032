package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DigestSchedulerTest {

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
}
