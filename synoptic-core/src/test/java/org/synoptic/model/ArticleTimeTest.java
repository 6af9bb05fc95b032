package org.synoptic.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Publication times in the ISO-8601 forms that inputs write. */
class ArticleTimeTest {

    private static long millis(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void readsEveryIsoFormInputsWrite() {
        // a whole minute in UTC, as FeedReader writes feed dates: Instant.parse alone refuses it
        assertThat(Article.epochMillisOf("2024-03-04T06:00Z")).hasValue(millis("2024-03-04T06:00:00Z"));
        assertThat(Article.epochMillisOf("2024-03-04T06:00:30Z")).hasValue(millis("2024-03-04T06:00:30Z"));
        assertThat(Article.epochMillisOf("2024-03-04T06:00:30.250Z")).hasValue(millis("2024-03-04T06:00:30.250Z"));
        assertThat(Article.epochMillisOf("2024-03-04T07:00+01:00")).hasValue(millis("2024-03-04T06:00:00Z"));
        assertThat(Article.epochMillisOf("2024-03-04T06:00")).hasValue(millis("2024-03-04T06:00:00Z"));
        assertThat(Article.epochMillisOf("2024-03-04")).hasValue(millis("2024-03-04T00:00:00Z"));
        assertThat(Article.epochMillisOf("2024-03")).hasValue(millis("2024-03-01T00:00:00Z"));
        assertThat(Article.epochMillisOf("gestern")).isEmpty();
        assertThat(Article.epochMillisOf(null)).isEmpty();
    }
}
