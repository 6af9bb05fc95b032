package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} in both forms HTTP allows, a date read against the follower's clock, not the machine's. */
class RetryAfterTest {

    @Test
    void readsSecondsAndHttpDatesAgainstTheGivenTime() {
        Instant now = Instant.parse("2030-01-01T12:00:00Z"); // far from the machine's time: a date read against it fails
        assertThat(FeedFetcher.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(FeedFetcher.retryAfter("Tue, 01 Jan 2030 12:05:00 GMT", now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(FeedFetcher.retryAfter("Tue, 01 Jan 2030 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(FeedFetcher.retryAfter("bald", now)).isNull();
        assertThat(FeedFetcher.retryAfter(null, now)).isNull();
    }
}
