package org.synoptic.feeds;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A saved watch: what a user follows, and where alerts go besides its Atom feed.
 *
 * @param id      stable id (12 hex digits)
 * @param kind    what {@code value} is
 * @param value   an entity name (matched with its merged spellings), a search query, or a story id
 * @param webhook URL that each alert is POSTed to as JSON, or {@code null}
 * @param secret  the shared secret of the webhook's HMAC-SHA256 signature, or {@code null} without a webhook
 * @param created when it was saved
 */
public record Watch(String id, Kind kind, String value, String webhook, String secret, Instant created) {

    /** What a watch follows. */
    public enum Kind {
        ENTITY, QUERY, STORY;

        /** The lower-case name used in the API ({@code entity}, {@code query}, {@code story}). */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Watch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + kind.apiName() + " watch needs a value");
        }
        value = value.strip();
        if (webhook != null) {
            webhook = Subscription.checkedUrl(webhook);
            Objects.requireNonNull(secret, "secret");
        }
        Objects.requireNonNull(created, "created");
    }
}
